import { z } from 'zod';
import { fenSchema, idSchema, localTextSchema } from './text';

/*
 * What HQ publishes for an experience to simulate: the inbox of the mobile e-mail demo, the
 * quotes of the stock demo, the timetables, rates, news and weather. The kiosk draws every
 * experience from this (nothing of it is hard-coded in the kiosk), so HQ can change it with a
 * publish like any other content. `type` names the simulation it feeds.
 */

const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day is HH:MM');
const shortText = z.string().min(1).max(80);
const point = z.tuple([z.number().min(0).max(2000), z.number().min(0).max(2000)]);

export const videoCallContentSchema = z.object({
  type: z.literal('video-call'),
  peer: z.object({ name: localTextSchema, place: localTextSchema }),
  /** The video bit rate the demo shows, as the network would deliver it. */
  bitrateKbps: z.number().int().min(16).max(20_000),
  tips: z.array(localTextSchema).max(6),
});

export const mobileEmailContentSchema = z.object({
  type: z.literal('mobile-email'),
  account: z.string().min(3).max(120),
  inbox: z
    .array(
      z.object({
        id: idSchema,
        from: z.object({ name: localTextSchema, address: z.string().min(3).max(120) }),
        subject: localTextSchema,
        body: z.array(localTextSchema).min(1).max(12),
        receivedAt: clockSchema,
        unread: z.boolean(),
        attachment: localTextSchema.nullable(),
      }),
    )
    .min(1)
    .max(30),
  quickReplies: z.array(localTextSchema).max(6),
});

export const officeDocsContentSchema = z.object({
  type: z.literal('office-docs'),
  documents: z
    .array(
      z.object({
        id: idSchema,
        title: localTextSchema,
        format: z.enum(['doc', 'sheet', 'slides']),
        updated: localTextSchema,
        pages: z
          .array(
            z.object({
              heading: localTextSchema,
              lines: z.array(localTextSchema).max(12),
              table: z
                .object({
                  columns: z.array(localTextSchema).min(1).max(6),
                  rows: z.array(z.array(shortText).min(1).max(6)).max(12),
                })
                .nullable(),
            }),
          )
          .min(1)
          .max(20),
      }),
    )
    .min(1)
    .max(12),
});

export const stocksContentSchema = z.object({
  type: z.literal('stocks'),
  market: localTextSchema,
  /** How often the kiosk moves the quotes on, in ms. */
  tickMs: z.number().int().min(250).max(10_000),
  quotes: z
    .array(
      z.object({
        code: z.string().regex(/^[0-9A-Z]{4,8}$/),
        name: localTextSchema,
        /** Prices in fen (0.01 yuan). */
        previousCloseFen: fenSchema,
        /** The day so far, oldest first; the last one is the price now. */
        seriesFen: z.array(fenSchema).min(2).max(240),
      }),
    )
    .min(1)
    .max(20),
});

export const mapsContentSchema = z.object({
  type: z.literal('maps'),
  city: localTextSchema,
  width: z.number().int().min(100).max(2000),
  height: z.number().int().min(100).max(2000),
  areas: z
    .array(
      z.object({ kind: z.enum(['water', 'park', 'block']), points: z.array(point).min(3).max(40) }),
    )
    .max(60),
  roads: z
    .array(
      z.object({
        name: localTextSchema.nullable(),
        major: z.boolean(),
        points: z.array(point).min(2).max(40),
      }),
    )
    .max(60),
  places: z
    .array(
      z.object({
        id: idSchema,
        name: localTextSchema,
        kind: z.enum(['here', 'station', 'airport', 'hotel', 'sight', 'food', 'shop', 'office']),
        at: point,
      }),
    )
    .min(2)
    .max(30),
  routes: z
    .array(
      z.object({
        id: idSchema,
        from: idSchema,
        to: idSchema,
        minutes: z.number().int().min(1).max(600),
        km: z.number().min(0.1).max(2000),
        points: z.array(point).min(2).max(60),
        steps: z.array(localTextSchema).min(1).max(12),
      }),
    )
    .min(1)
    .max(20),
});

export const timetableContentSchema = z.object({
  type: z.literal('timetable'),
  cities: z
    .array(z.object({ id: idSchema, name: localTextSchema }))
    .min(2)
    .max(40),
  trips: z
    .array(
      z.object({
        mode: z.enum(['train', 'flight']),
        code: z.string().regex(/^[0-9A-Z]{2,8}$/),
        from: idSchema,
        to: idSchema,
        departs: clockSchema,
        arrives: clockSchema,
        /** 1 when it arrives the next day. */
        days: z.number().int().min(0).max(3),
        priceFen: fenSchema,
        carrier: localTextSchema,
      }),
    )
    .min(1)
    .max(500),
});

export const roamingRegions = ['asia', 'europe', 'americas', 'oceania', 'africa'] as const;

export const roamingContentSchema = z.object({
  type: z.literal('roaming'),
  destinations: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z]{2}$/),
        name: localTextSchema,
        region: z.enum(roamingRegions),
        partner: shortText,
        /** Per minute: calls within the destination, calls home, answering a call. */
        callLocalFen: fenSchema,
        callHomeFen: fenSchema,
        answerFen: fenSchema,
        smsFen: fenSchema,
        dataPerMbFen: fenSchema,
        videoCall: z.boolean(),
      }),
    )
    .min(1)
    .max(250),
});

export const mobileTvContentSchema = z.object({
  type: z.literal('mobile-tv'),
  /** What the network adds between the broadcast and the phone; the demo shows it. */
  delayMs: z.number().int().min(0).max(10_000),
  bitrateKbps: z.number().int().min(16).max(20_000),
  channels: z
    .array(z.object({ id: idSchema, name: localTextSchema, programme: localTextSchema }))
    .min(1)
    .max(20),
});

export const musicContentSchema = z.object({
  type: z.literal('music'),
  tracks: z
    .array(
      z.object({
        id: idSchema,
        title: localTextSchema,
        artist: localTextSchema,
        /** A short tune the kiosk plays: notes such as `E5 D5 C5 -` (a dash rests). */
        melody: z
          .string()
          .regex(/^([A-G]#?[2-7]|-)( ([A-G]#?[2-7]|-))*$/)
          .max(600),
        bpm: z.number().int().min(40).max(240),
        hue: z.number().int().min(0).max(360),
      }),
    )
    .min(1)
    .max(30),
});

export const memorySymbols = [
  'phone',
  'signal',
  'video',
  'music',
  'mail',
  'map',
  'camera',
  'tv',
  'game',
  'chart',
  'cloud',
  'star',
] as const;

export const gameContentSchema = z.object({
  type: z.literal('game'),
  game: z.literal('memory'),
  symbols: z.array(z.enum(memorySymbols)).min(2).max(12),
  /** A good score: this many turns or fewer. */
  parTurns: z.number().int().min(1).max(100),
});

export const paymentContentSchema = z.object({
  type: z.literal('payment'),
  walletFen: fenSchema,
  items: z
    .array(
      z.object({
        id: idSchema,
        merchant: localTextSchema,
        item: localTextSchema,
        priceFen: fenSchema,
        icon: z.enum(['coffee', 'metro', 'shop', 'bill', 'ticket', 'food']),
      }),
    )
    .min(1)
    .max(12),
});

export const newsContentSchema = z.object({
  type: z.literal('news'),
  edition: localTextSchema,
  stories: z
    .array(
      z.object({
        id: idSchema,
        category: localTextSchema,
        title: localTextSchema,
        time: clockSchema,
        body: z.array(localTextSchema).min(1).max(10),
      }),
    )
    .min(1)
    .max(30),
});

export const weatherConditions = [
  'sunny',
  'cloudy',
  'overcast',
  'rain',
  'storm',
  'snow',
  'fog',
] as const;
const weatherConditionSchema = z.enum(weatherConditions);
export type WeatherCondition = z.infer<typeof weatherConditionSchema>;

export const weatherContentSchema = z.object({
  type: z.literal('weather'),
  issuedAt: clockSchema,
  cities: z
    .array(
      z.object({
        id: idSchema,
        name: localTextSchema,
        condition: weatherConditionSchema,
        tempC: z.number().int().min(-60).max(60),
        humidityPct: z.number().int().min(0).max(100),
        wind: localTextSchema,
        airQuality: z.number().int().min(0).max(500),
        days: z
          .array(
            z.object({
              label: localTextSchema,
              condition: weatherConditionSchema,
              highC: z.number().int().min(-60).max(60),
              lowC: z.number().int().min(-60).max(60),
            }),
          )
          .min(1)
          .max(7),
      }),
    )
    .min(1)
    .max(30),
});

export const photoShareContentSchema = z.object({
  type: z.literal('photo-share'),
  uplinkKbps: z.number().int().min(16).max(20_000),
  friends: z
    .array(z.object({ id: idSchema, name: localTextSchema }))
    .min(1)
    .max(12),
});

export const newHandsetsContentSchema = z.object({
  type: z.literal('new-handsets'),
  /** How many of the newest published handsets to show. */
  count: z.number().int().min(1).max(12),
});

export const monthlyServicesContentSchema = z.object({
  type: z.literal('monthly-services'),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  services: z
    .array(
      z.object({
        id: idSchema,
        name: localTextSchema,
        summary: localTextSchema,
        monthlyFeeFen: fenSchema,
        badge: localTextSchema.nullable(),
        /** The plan that includes it, if one does: its "get this" preselects that plan. */
        planId: idSchema.nullable(),
      }),
    )
    .min(1)
    .max(20),
});

export const experienceContentSchema = z.discriminatedUnion('type', [
  videoCallContentSchema,
  mobileEmailContentSchema,
  officeDocsContentSchema,
  stocksContentSchema,
  mapsContentSchema,
  timetableContentSchema,
  roamingContentSchema,
  mobileTvContentSchema,
  musicContentSchema,
  gameContentSchema,
  paymentContentSchema,
  newsContentSchema,
  weatherContentSchema,
  photoShareContentSchema,
  newHandsetsContentSchema,
  monthlyServicesContentSchema,
]);
export type ExperienceContent = z.infer<typeof experienceContentSchema>;
export type ExperienceContentType = ExperienceContent['type'];
export type ContentOf<T extends ExperienceContentType> = Extract<ExperienceContent, { type: T }>;
