import { assertEvent, assign, raise, sendTo, setup, spawnChild } from 'xstate';
import { customerSchema, orderConsentVersion } from '../../shared';
import type { HoldContext } from '../numbers/holdMachine';
import {
  dropBundle,
  keepBundleWithItsHandset,
  planAllowed,
  takeBundle,
  toggleCompared,
  toggleService,
} from './cart';
import { liveSessionActors, type AnalyticsRecord, type PlacedOrder } from './sessionActors';
import {
  cartOf,
  forgetCheckout,
  idleTimeoutMs,
  idleWarningMs,
  initialSessionContext,
  type AssistingClerk,
  type SessionContext,
  type SessionEvent,
} from './sessionState';

export * from './sessionState';

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
    hasBundle: ({ context }) => context.bundle !== null,
    canCompare: ({ context }) => context.compared.length >= 2,
    cameFromCatalogue: ({ context }) => context.bundlesFrom === 'handsets',
    planFitsBundle: ({ context, event }) => {
      assertEvent(event, 'plan.chosen');
      return planAllowed(context.bundle, event.planId);
    },
    isClerkFound: (_, clerk: AssistingClerk | null) => clerk !== null,
    canReview: ({ context }) =>
      context.consent !== null && customerSchema.safeParse(context.customer).success,
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
    toggleCompared: assign(({ context, event }) => {
      assertEvent(event, 'compare.toggled');
      return { compared: toggleCompared(context.compared, event.handsetId) };
    }),
    clearCompared: assign({ compared: [] }),
    openHandset: assign(({ context, event }) => {
      assertEvent(event, ['handset.opened', 'handset.chosen']);
      const cart = keepBundleWithItsHandset({ ...cartOf(context), handsetId: event.handsetId });
      return { ...cart, colour: event.colour };
    }),
    closeHandset: assign(({ context }) => ({
      ...dropBundle(cartOf(context)),
      handsetId: null,
      colour: null,
    })),
    noteBundlesFrom: assign((_, from: SessionContext['bundlesFrom']) => ({ bundlesFrom: from })),
    takeBundle: assign(({ context, event }) => {
      assertEvent(event, 'bundle.chosen');
      return { ...takeBundle(cartOf(context), event.bundle), colour: event.colour };
    }),
    removeBundle: assign(({ context }) => dropBundle(cartOf(context))),
    toggleService: assign(({ context, event }) => {
      assertEvent(event, 'service.toggled');
      return { serviceIds: toggleService(cartOf(context), event.serviceId) };
    }),
    answerUsage: assign(({ context, event }) => {
      assertEvent(event, 'usage.answered');
      return { usage: { ...context.usage, [event.question]: event.level } };
    }),
    attachClerk: assign((_, clerk: AssistingClerk | null) => ({ clerk, clerkProblem: null })),
    noteClerkProblem: assign((_, problem: SessionContext['clerkProblem']) => ({
      clerkProblem: problem,
    })),
    removeClerk: assign({ clerk: null, clerkProblem: null }),
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
      // The wording on screen is always the current one (kiosk i18n shows orderConsentTexts).
      return {
        consent: event.consent ? { textVersion: orderConsentVersion, givenAt: event.at } : null,
      };
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
        /** A clerk attaches to the customer's session by badge, looked up on the kiosk. */
        assistance: {
          initial: 'alone',
          states: {
            alone: {
              on: { 'clerk.badgeEntered': 'lookingUp' },
            },
            lookingUp: {
              entry: 'removeClerk',
              invoke: {
                src: 'findClerk',
                input: ({ event }) => {
                  assertEvent(event, 'clerk.badgeEntered');
                  return { badge: event.badge };
                },
                onDone: [
                  {
                    guard: { type: 'isClerkFound', params: ({ event }) => event.output },
                    target: 'assisted',
                    actions: { type: 'attachClerk', params: ({ event }) => event.output },
                  },
                  {
                    target: 'alone',
                    actions: { type: 'noteClerkProblem', params: 'unknownBadge' as const },
                  },
                ],
                onError: {
                  target: 'alone',
                  actions: { type: 'noteClerkProblem', params: 'lookupFailed' as const },
                },
              },
            },
            assisted: {
              on: {
                'clerk.removed': { target: 'alone', actions: 'removeClerk' },
                'clerk.badgeEntered': 'lookingUp',
              },
            },
          },
        },
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
                'bundles.browsed': {
                  target: 'bundles',
                  actions: ['leaveZone', { type: 'noteBundlesFrom', params: 'home' as const }],
                },
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
                'compare.toggled': { actions: 'toggleCompared' },
                'compare.cleared': { actions: 'clearCompared' },
                'compare.opened': { guard: 'canCompare', target: 'compare' },
                'handset.opened': { actions: 'openHandset' },
                'handset.closed': { actions: 'closeHandset' },
                'colour.chosen': { actions: 'chooseColour' },
                'order.started': { guard: 'hasHandset', target: 'order' },
                'bundles.browsed': {
                  target: 'bundles',
                  actions: { type: 'noteBundlesFrom', params: 'handsets' as const },
                },
                'nav.back': [
                  { guard: 'cameFromZone', target: 'zone', actions: 'closeHandset' },
                  { target: 'home', actions: 'closeHandset' },
                ],
                'nav.home': { target: 'home', actions: ['closeHandset', 'leaveZone'] },
              },
            },
            /** Up to three handsets side by side; "choose this one" goes to the order. */
            compare: {
              on: {
                'compare.toggled': [
                  { guard: 'canCompare', actions: 'toggleCompared' },
                  { target: 'handsets', actions: 'toggleCompared' },
                ],
                'handset.chosen': { target: 'order', actions: 'openHandset' },
                'nav.back': 'handsets',
                'nav.home': { target: 'home', actions: ['closeHandset', 'leaveZone'] },
              },
            },
            /** The gift boxes; choosing one fills the cart with what it holds. */
            bundles: {
              on: {
                'bundle.chosen': {
                  target: 'order',
                  actions: 'takeBundle',
                },
                'nav.back': [
                  { guard: 'cameFromCatalogue', target: 'handsets' },
                  { target: 'home', actions: 'closeHandset' },
                ],
                'nav.home': { target: 'home', actions: ['closeHandset', 'leaveZone'] },
              },
            },
            order: {
              on: {
                'plan.chosen': { guard: 'planFitsBundle', actions: 'choosePlan' },
                'service.toggled': { actions: 'toggleService' },
                'bundle.removed': { actions: 'removeBundle' },
                'planHelper.opened': 'planHelper',
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
                  { guard: 'hasBundle', target: 'bundles' },
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
            /** "Which plan fits me": four questions, then the best plan; choosing returns. */
            planHelper: {
              on: {
                'usage.answered': { actions: 'answerUsage' },
                'plan.chosen': { guard: 'planFitsBundle', target: 'order', actions: 'choosePlan' },
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
                    bundleId: context.bundle?.id ?? null,
                    serviceIds: context.serviceIds,
                    clerkBadge: context.clerk?.badge ?? null,
                    // Only an offer taken in an experience credits its zone.
                    zoneId: context.experienceId !== null ? context.zoneId : null,
                    customer: context.customer,
                    consent: context.consent,
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
