import { assertEvent, assign, raise, sendTo, setup, spawnChild } from 'xstate';
import { customerSchema, type Language, type PricedCart } from '../../shared';
import type { HoldContext } from '../numbers/holdMachine';
import { liveSessionActors, type AnalyticsRecord, type PlacedOrder } from './sessionActors';

export type CustomerField = 'name' | 'idNumber' | 'phone';
export type CustomerInput = Record<CustomerField, string>;

export interface CatalogueFilter {
  brand: string | null;
  feature: string | null;
  query: string;
}

/** Options a customer can switch on for their visit; they reset with the session. */
export interface AccessOptions {
  highContrast: boolean;
  largeText: boolean;
}
export type AccessOption = keyof AccessOptions;

export interface SessionContext {
  language: Language;
  access: AccessOptions;
  zoneId: string | null;
  /** The experience being tried, and the one an order started from ("get this"). */
  experienceId: string | null;
  filter: CatalogueFilter;
  /** The handset whose detail sheet is open, and later the one being ordered. */
  handsetId: string | null;
  colour: string | null;
  planId: string | null;
  number: string | null;
  customer: CustomerInput;
  consent: boolean;
  /** Field problems show only after the customer tried to go on. */
  showErrors: boolean;
  submitError: 'pricesChanged' | 'failed' | null;
  placed: PlacedOrder | null;
}

export type SessionEvent =
  | { type: 'session.started' }
  | { type: 'session.continued' }
  | { type: 'session.ended' }
  | { type: 'user.active' }
  | { type: 'language.chosen'; language: Language }
  | { type: 'access.changed'; option: AccessOption; on: boolean }
  | { type: 'nav.back' }
  | { type: 'nav.home' }
  | { type: 'zone.chosen'; zoneId: string }
  | { type: 'experience.opened'; experienceId: string }
  | { type: 'experience.closed' }
  /** "Get this" in an experience: straight to the order with the handset and plan chosen. */
  | { type: 'offer.taken'; handsetId: string; planId: string | null; colour: string | null }
  | { type: 'handsets.browsed' }
  | { type: 'catalogue.filtered'; filter: Partial<CatalogueFilter> }
  | { type: 'handset.opened'; handsetId: string; colour: string | null }
  | { type: 'handset.closed' }
  | { type: 'colour.chosen'; colour: string }
  | { type: 'order.started' }
  | { type: 'plan.chosen'; planId: string | null }
  /** The number picker opens from the order (`numbers`); choosing returns to the order. */
  | { type: 'numbers.browsed' }
  | { type: 'number.chosen'; number: string | null }
  | { type: 'customer.changed'; field: CustomerField; value: string }
  | { type: 'consent.changed'; consent: boolean }
  | { type: 'order.reviewed' }
  | { type: 'order.confirmed'; pricing: PricedCart };

export const idleTimeoutMs = 60_000;
export const idleWarningMs = 20_000;

const emptyCustomer: CustomerInput = { name: '', idNumber: '', phone: '' };
const emptyFilter: CatalogueFilter = { brand: null, feature: null, query: '' };

/** A fresh session: nothing of the last customer, and the default language. */
export const initialSessionContext: SessionContext = {
  language: 'zh',
  access: { highContrast: false, largeText: false },
  zoneId: null,
  experienceId: null,
  filter: emptyFilter,
  handsetId: null,
  colour: null,
  planId: null,
  number: null,
  customer: emptyCustomer,
  consent: false,
  showErrors: false,
  submitError: null,
  placed: null,
};

const forgetCheckout = {
  planId: null,
  number: null,
  customer: emptyCustomer,
  consent: false,
  showErrors: false,
  submitError: null,
} satisfies Partial<SessionContext>;

/**
 * One customer's visit: attract → home → zone → experience or handsets → order → review →
 * confirmation → attract. Back and home work from every step; 60 s without a touch asks
 * "still there?", 20 s later the session ends and everything the customer entered is
 * forgotten, including their language and accessibility choices. Analytics are actors:
 * a zone visit and an experience visit each live as long as their state.
 */
export const sessionMachine = setup({
  types: { context: {} as SessionContext, events: {} as SessionEvent },
  actors: liveSessionActors,
  delays: { idleTimeout: idleTimeoutMs, idleWarning: idleWarningMs },
  guards: {
    cameFromZone: ({ context }) => context.zoneId !== null,
    cameFromExperience: ({ context }) => context.zoneId !== null && context.experienceId !== null,
    hasHandset: ({ context }) => context.handsetId !== null,
    canReview: ({ context }) =>
      context.consent && customerSchema.safeParse(context.customer).success,
    /** The hold machine lost the customer's number (another kiosk, or sold). */
    isNumberRefused: ({ context, event }) => {
      const refused = (event as { snapshot?: { context?: HoldContext } }).snapshot?.context
        ?.refused;
      return context.number !== null && refused?.number === context.number;
    },
  },
  actions: {
    forgetSession: assign(() => initialSessionContext),
    chooseLanguage: assign(({ event }) => {
      assertEvent(event, 'language.chosen');
      return { language: event.language };
    }),
    changeAccess: assign(({ context, event }) => {
      assertEvent(event, 'access.changed');
      return { access: { ...context.access, [event.option]: event.on } };
    }),
    chooseZone: assign(({ event }) => {
      assertEvent(event, 'zone.chosen');
      return { zoneId: event.zoneId, experienceId: null };
    }),
    leaveZone: assign({ zoneId: null, experienceId: null }),
    openExperience: assign(({ event }) => {
      assertEvent(event, 'experience.opened');
      return { experienceId: event.experienceId };
    }),
    closeExperience: assign({ experienceId: null }),
    takeOffer: assign(({ event }) => {
      assertEvent(event, 'offer.taken');
      return {
        handsetId: event.handsetId,
        colour: event.colour,
        ...forgetCheckout,
        planId: event.planId,
      };
    }),
    recordGetThis: spawnChild('recordAnalytics', {
      input: ({ context, event }): AnalyticsRecord => {
        assertEvent(event, 'offer.taken');
        return {
          name: 'getThis.tapped',
          zoneId: context.zoneId,
          experienceId: context.experienceId,
          detail: `handset:${event.handsetId} plan:${event.planId ?? '-'}`.slice(0, 100),
        };
      },
    }),
    filterCatalogue: assign(({ context, event }) => {
      assertEvent(event, 'catalogue.filtered');
      return { filter: { ...context.filter, ...event.filter } };
    }),
    openHandset: assign(({ event }) => {
      assertEvent(event, 'handset.opened');
      return { handsetId: event.handsetId, colour: event.colour };
    }),
    closeHandset: assign({ handsetId: null, colour: null }),
    chooseColour: assign(({ event }) => {
      assertEvent(event, 'colour.chosen');
      return { colour: event.colour };
    }),
    forgetCheckout: assign(forgetCheckout),
    choosePlan: assign(({ event }) => {
      assertEvent(event, 'plan.chosen');
      return { planId: event.planId };
    }),
    chooseNumber: assign(({ event }) => {
      assertEvent(event, 'number.chosen');
      return { number: event.number };
    }),
    holdNumber: sendTo('numberHold', ({ event }) => {
      assertEvent(event, 'number.chosen');
      return { type: 'number.chosen' as const, number: event.number };
    }),
    releaseNumber: sendTo('numberHold', { type: 'number.chosen', number: null }),
    dropRefusedNumber: assign({ number: null }),
    editCustomer: assign(({ context, event }) => {
      assertEvent(event, 'customer.changed');
      return { customer: { ...context.customer, [event.field]: event.value } };
    }),
    setConsent: assign(({ event }) => {
      assertEvent(event, 'consent.changed');
      return { consent: event.consent };
    }),
    showErrors: assign({ showErrors: true }),
    rememberPlaced: assign((_, placed: PlacedOrder) => ({
      placed,
      // The order is in the outbox now; the screen keeps only the ticket.
      ...forgetCheckout,
    })),
    forgetPlaced: assign({ placed: null }),
    noteSubmitError: assign((_, { pricesChanged }: { pricesChanged: boolean }) => ({
      submitError: pricesChanged ? ('pricesChanged' as const) : ('failed' as const),
    })),
  },
}).createMachine({
  id: 'session',
  context: initialSessionContext,
  initial: 'attract',
  on: {
    'language.chosen': { actions: 'chooseLanguage' },
  },
  states: {
    attract: {
      entry: 'forgetSession',
      on: { 'session.started': 'visiting' },
    },
    visiting: {
      type: 'parallel',
      on: {
        'session.ended': 'attract',
        'access.changed': { actions: 'changeAccess' },
      },
      invoke: [
        { src: 'watchActivity' },
        {
          // Lives as long as the visit: the idle reset stops it, which releases the number.
          src: 'numberHold',
          id: 'numberHold',
          onSnapshot: { guard: 'isNumberRefused', actions: 'dropRefusedNumber' },
        },
      ],
      states: {
        attention: {
          initial: 'present',
          states: {
            present: {
              after: { idleTimeout: 'checking' },
              on: { 'user.active': { target: 'present', reenter: true } },
            },
            checking: {
              after: { idleWarning: { actions: raise({ type: 'session.ended' }) } },
              on: { 'user.active': 'present', 'session.continued': 'present' },
            },
          },
        },
        flow: {
          initial: 'home',
          states: {
            home: {
              on: {
                'zone.chosen': { target: 'zone', actions: 'chooseZone' },
                'handsets.browsed': { target: 'handsets', actions: 'leaveZone' },
                'nav.back': { actions: raise({ type: 'session.ended' }) },
              },
            },
            zone: {
              initial: 'browsing',
              invoke: {
                src: 'zoneVisit',
                input: ({ context }) => ({ zoneId: context.zoneId }),
              },
              on: {
                'handsets.browsed': { target: 'handsets', actions: 'closeExperience' },
                'offer.taken': {
                  target: 'order',
                  actions: ['recordGetThis', 'takeOffer', 'releaseNumber'],
                },
                'nav.back': { target: 'home', actions: 'leaveZone' },
                'nav.home': { target: 'home', actions: 'leaveZone' },
              },
              states: {
                browsing: {
                  on: {
                    'experience.opened': { target: 'experience', actions: 'openExperience' },
                  },
                },
                experience: {
                  invoke: {
                    src: 'experienceVisit',
                    input: ({ context }) => ({
                      zoneId: context.zoneId,
                      experienceId: context.experienceId,
                    }),
                  },
                  on: {
                    'experience.closed': { target: 'browsing', actions: 'closeExperience' },
                    'nav.back': { target: 'browsing', actions: 'closeExperience' },
                  },
                },
              },
            },
            handsets: {
              on: {
                'catalogue.filtered': { actions: 'filterCatalogue' },
                'handset.opened': { actions: 'openHandset' },
                'handset.closed': { actions: 'closeHandset' },
                'colour.chosen': { actions: 'chooseColour' },
                'order.started': { guard: 'hasHandset', target: 'order' },
                'nav.back': [
                  { guard: 'cameFromZone', target: 'zone', actions: 'closeHandset' },
                  { target: 'home', actions: 'closeHandset' },
                ],
                'nav.home': { target: 'home', actions: ['closeHandset', 'leaveZone'] },
              },
            },
            order: {
              on: {
                'plan.chosen': { actions: 'choosePlan' },
                'number.chosen': { actions: ['chooseNumber', 'holdNumber'] },
                'numbers.browsed': 'numbers',
                'customer.changed': { actions: 'editCustomer' },
                'consent.changed': { actions: 'setConsent' },
                'order.reviewed': [
                  { guard: 'canReview', target: 'review' },
                  { actions: 'showErrors' },
                ],
                'nav.back': [
                  {
                    guard: 'cameFromExperience',
                    target: 'zone.experience',
                    actions: ['forgetCheckout', 'releaseNumber', 'closeHandset'],
                  },
                  { target: 'handsets' },
                ],
                'nav.home': {
                  target: 'home',
                  actions: ['forgetCheckout', 'releaseNumber', 'closeHandset', 'leaveZone'],
                },
              },
            },
            /** The number picker: search, surprise, choose; back returns to the order unchanged. */
            numbers: {
              on: {
                'number.chosen': { target: 'order', actions: ['chooseNumber', 'holdNumber'] },
                'nav.back': 'order',
                'nav.home': {
                  target: 'home',
                  actions: ['forgetCheckout', 'releaseNumber', 'closeHandset', 'leaveZone'],
                },
              },
            },
            review: {
              on: {
                'order.confirmed': 'submitting',
                'nav.back': 'order',
                'nav.home': {
                  target: 'home',
                  actions: ['forgetCheckout', 'releaseNumber', 'closeHandset', 'leaveZone'],
                },
              },
            },
            submitting: {
              entry: assign({ submitError: null }),
              invoke: {
                src: 'placeOrder',
                input: ({ context, event }) => {
                  assertEvent(event, 'order.confirmed');
                  return {
                    handsetId: context.handsetId,
                    colour: context.colour,
                    planId: context.planId,
                    number: context.number,
                    customer: context.customer,
                    pricing: event.pricing,
                  };
                },
                onDone: {
                  target: 'confirmation',
                  actions: { type: 'rememberPlaced', params: ({ event }) => event.output },
                },
                onError: {
                  target: 'review',
                  actions: {
                    type: 'noteSubmitError',
                    params: ({ event }) => ({
                      pricesChanged:
                        event.error instanceof Error && event.error.name === 'PricesChangedError',
                    }),
                  },
                },
              },
            },
            confirmation: {
              on: {
                'nav.home': {
                  target: 'home',
                  // The order carries the number now; the lease has done its work.
                  actions: ['forgetPlaced', 'releaseNumber', 'closeHandset', 'leaveZone'],
                },
              },
            },
          },
        },
      },
    },
  },
});

export type SessionMachine = typeof sessionMachine;
