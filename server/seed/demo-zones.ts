import {
  experienceSchema,
  type Experience,
  type ExperienceContent,
  type Handset,
  type Zone,
  type ZoneKey,
} from '../../shared';
import * as business from './demo-experience-business';
import * as entertainment from './demo-experience-entertainment';
import * as life from './demo-experience-life';
import * as trend from './demo-experience-trend';
import * as travel from './demo-experience-travel';

const zoneRows: [ZoneKey, string, string, string, string, string][] = [
  [
    'business',
    '商务区',
    'Business',
    '随时随地，高效办公',
    'Your office, wherever you are',
    '#1E5AA8',
  ],
  ['travel', '旅途区', 'Travel', '出行无忧，一路畅通', 'Find your way, anywhere', '#0F9D8A'],
  [
    'entertainment',
    '娱乐区',
    'Entertainment',
    '影音游戏，尽在掌中',
    'Music, TV and games in your hand',
    '#D9482B',
  ],
  ['life', '生活区', 'Life', '便捷生活，一机搞定', 'Everyday life, made simple', '#E39B1B'],
  ['trend', '达人区', 'Trend', '新机新玩法，先人一步', 'The newest phones, first', '#7B3FB5'],
];

export const demoZones: Zone[] = zoneRows.map(([key, zh, en, taglineZh, taglineEn, accent], i) => ({
  id: `zone-${key}`,
  key,
  name: { zh, en },
  tagline: { zh: taglineZh, en: taglineEn },
  accent,
  sort: i + 1,
}));

type Pick = 'frontCamera' | 'smartphone' | 'newest' | 'music' | 'any';

interface ExperienceRow {
  zone: ZoneKey;
  kind: string;
  title: [zh: string, en: string];
  summary: [zh: string, en: string];
  plans: string[];
  handsets: Pick;
  /** A clip of public/media/: the attract loop plays it, some simulations show it. */
  media: string | null;
  content: ExperienceContent;
}

function experienceRows(now: number): ExperienceRow[] {
  return [
    {
      zone: 'business',
      kind: 'video-call',
      title: ['视频会议', 'Video meeting'],
      summary: ['面对面开会，不必出差', 'Meet face to face without the flight'],
      plans: ['biz-186', 'biz-286', 'biz-126'],
      handsets: 'frontCamera',
      media: '/media/video-call.webm',
      content: business.videoMeeting,
    },
    {
      zone: 'business',
      kind: 'mobile-email',
      title: ['手机邮箱', 'Mobile e-mail'],
      summary: ['邮件即时推送到手机', 'E-mail pushed to your phone the moment it arrives'],
      plans: ['biz-126', 'biz-186'],
      handsets: 'smartphone',
      media: null,
      content: business.mobileEmail,
    },
    {
      zone: 'business',
      kind: 'office-docs',
      title: ['移动办公', 'Mobile office'],
      summary: ['合同、报表、演示随身看', 'Contracts, sheets and slides in your pocket'],
      plans: ['biz-186', 'biz-286'],
      handsets: 'smartphone',
      media: null,
      content: business.officeDocuments,
    },
    {
      zone: 'business',
      kind: 'stocks',
      title: ['手机炒股', 'Live stocks'],
      summary: ['实时行情，随时交易', 'Live quotes and trading on the move'],
      plans: ['biz-186', 'elite-386'],
      handsets: 'smartphone',
      media: '/media/stocks.webm',
      content: business.liveStocks,
    },
    {
      zone: 'travel',
      kind: 'maps',
      title: ['手机地图', 'Maps'],
      summary: ['实时导航，找路不再难', 'Turn-by-turn directions in any city'],
      plans: ['biz-126', 'listen-106'],
      handsets: 'smartphone',
      media: '/media/maps.webm',
      content: travel.cityMap,
    },
    {
      zone: 'travel',
      kind: 'timetable',
      title: ['车次航班', 'Trains and flights'],
      summary: ['高铁、航班时刻随手查', 'Train and flight times at a tap'],
      plans: ['biz-126', 'talk-66'],
      handsets: 'any',
      media: null,
      content: travel.trainsAndFlights,
    },
    {
      zone: 'travel',
      kind: 'roaming',
      title: ['国际漫游', 'Roaming'],
      summary: ['出国前查好资费，落地即用', 'Check the rates before you fly, use it on landing'],
      plans: ['biz-286', 'elite-386'],
      handsets: 'smartphone',
      media: null,
      content: travel.roamingRates,
    },
    {
      zone: 'travel',
      kind: 'video-call',
      title: ['视频报平安', 'Video call home'],
      summary: ['出门在外，视频报平安', 'Show your family you arrived safely'],
      plans: ['talk-96', 'biz-186'],
      handsets: 'frontCamera',
      media: '/media/video-call.webm',
      content: travel.callHome,
    },
    {
      zone: 'entertainment',
      kind: 'mobile-tv',
      title: ['手机电视', 'Mobile TV'],
      summary: ['热门频道，随时收看', 'Live channels wherever you are'],
      plans: ['listen-106', 'elite-386'],
      handsets: 'smartphone',
      media: '/media/mobile-tv.webm',
      content: entertainment.mobileTv,
    },
    {
      zone: 'entertainment',
      kind: 'music',
      title: ['无线音乐', 'Wireless music'],
      summary: ['百万曲库，随心畅听', 'A million songs, streamed'],
      plans: ['listen-76', 'listen-106'],
      handsets: 'music',
      media: null,
      content: entertainment.wirelessMusic,
    },
    {
      zone: 'entertainment',
      kind: 'game',
      title: ['手机游戏', 'Mobile games'],
      summary: ['随时开局，好友对战', 'Play friends online, anytime'],
      plans: ['listen-106', 'biz-186'],
      handsets: 'newest',
      media: null,
      content: entertainment.memoryGame,
    },
    {
      zone: 'life',
      kind: 'payment',
      title: ['手机支付', 'Mobile payment'],
      summary: ['缴费购物，一机搞定', 'Pay bills and shop with your phone'],
      plans: ['talk-46', 'talk-66'],
      handsets: 'any',
      media: '/media/payment.webm',
      content: life.mobilePayment,
    },
    {
      zone: 'life',
      kind: 'news',
      title: ['手机报', 'Mobile news'],
      summary: ['每天早晚两期，新闻随身看', 'Morning and evening editions on your phone'],
      plans: ['talk-46', 'listen-76'],
      handsets: 'any',
      media: null,
      content: life.mobileNews,
    },
    {
      zone: 'life',
      kind: 'weather',
      title: ['天气预报', 'Weather'],
      summary: ['五天预报，出门心里有数', 'Five-day forecasts before you head out'],
      plans: ['talk-46', 'talk-66'],
      handsets: 'any',
      media: null,
      content: life.weatherForecast,
    },
    {
      zone: 'life',
      kind: 'photo-share',
      title: ['随手拍分享', 'Photo sharing'],
      summary: ['拍下来，马上发给家人朋友', 'Snap it and send it to family and friends'],
      plans: ['talk-66', 'listen-76'],
      handsets: 'frontCamera',
      media: null,
      content: life.photoSharing,
    },
    {
      zone: 'trend',
      kind: 'new-handsets',
      title: ['新机首发', 'New handsets'],
      summary: ['最新 3G 手机抢先体验', 'Try the newest 3G phones first'],
      plans: ['elite-386', 'elite-586'],
      handsets: 'newest',
      media: '/media/new-handsets.webm',
      content: trend.newHandsets,
    },
    {
      zone: 'trend',
      kind: 'monthly-services',
      title: ['本月新业务', 'New this month'],
      summary: ['本月上线的 3G 新业务', 'The 3G services launched this month'],
      plans: ['elite-386', 'listen-106'],
      handsets: 'newest',
      media: null,
      content: trend.servicesOfTheMonth(now),
    },
    {
      zone: 'trend',
      kind: 'mobile-tv',
      title: ['高清直播', 'HD live'],
      summary: ['高清赛事直播，一秒不落', 'Live sport in high definition'],
      plans: ['elite-386', 'elite-586'],
      handsets: 'newest',
      media: '/media/mobile-tv.webm',
      content: entertainment.hdLive,
    },
  ];
}

const yuan = 100;

/** Which handsets fit each kind of experience, in a price band a store would suggest. */
const fitsPick: Record<Pick, (h: Handset) => boolean> = {
  frontCamera: (h) => h.frontCamera === 'yes' && h.year >= 2010 && h.priceFen <= 5_000 * yuan,
  smartphone: (h) => h.os !== null && h.year >= 2010 && h.priceFen <= 5_000 * yuan,
  music: (h) => h.os !== null && (h.storage ?? '').includes('GB') && h.priceFen <= 4_000 * yuan,
  newest: (h) => h.year === 2012 && h.priceFen <= 7_000 * yuan,
  any: (h) => h.year >= 2011 && h.priceFen >= 1_000 * yuan && h.priceFen <= 2_500 * yuan,
};

/**
 * Four handsets that show the experience well, spread over the band as a clerk would suggest
 * them (a flagship, two in the middle, one good value), dearest first.
 */
function handsetsFor(pick: Pick, handsets: Handset[], offset: number): string[] {
  const ranked = handsets
    .filter(fitsPick[pick])
    .sort((a, b) => b.priceFen - a.priceFen || a.id.localeCompare(b.id));
  const step = Math.max(1, Math.floor(ranked.length / 4));
  const picked = new Set<string>();
  for (let k = 0; k < 4 && k * step + offset < ranked.length; k++) {
    picked.add(ranked[k * step + offset]!.id);
  }
  return [...picked];
}

/**
 * The demo's experiences with what they simulate (content) and the clips of public/media/
 * they publish; parsed here so a mistake in the demo data stops the seed, not a kiosk.
 */
export function demoExperiences(handsets: Handset[], now = Date.now()): Experience[] {
  return experienceRows(now).map((row, i) =>
    experienceSchema.parse({
      id: `exp-${row.zone}-${row.kind}`,
      zoneId: `zone-${row.zone}`,
      kind: row.kind,
      title: { zh: row.title[0], en: row.title[1] },
      summary: { zh: row.summary[0], en: row.summary[1] },
      media: row.media,
      planIds: row.plans,
      handsetIds: handsetsFor(row.handsets, handsets, (i % 3) * 2),
      sort: i + 1,
      content: row.content,
    }),
  );
}
