import { assertEvent, assign, fromCallback, fromPromise, raise, setup } from 'xstate';
import { numberHoldRenewMs } from '../../shared';

/** What the server said to a hold, or that it could not be asked. */
export type HoldOutcome =
  | { outcome: 'held'; expiresAt: number }
  | { outcome: 'refused'; reason: HoldRefusal }
  /** Offline, server down, not enrolled, or an answer we cannot use: hold locally. */
  | { outcome: 'unreachable' };

export type HoldRefusal = 'numberHeld' | 'numberUnavailable';

export interface HoldInput {
  number: string;
}

export type HoldEvent =
  /** The customer chose a number, or none (`null`): let go of the one held. */
  | { type: 'number.chosen'; number: string | null }
  /** Raised when a renewal is refused: another kiosk took the number or it was sold. */
  | { type: 'hold.refused'; reason: HoldRefusal };

export interface HoldContext {
  number: string | null;
  /** `server`: a lease the server granted; `local`: the server decides when the order is pushed. */
  lease: 'server' | 'local' | null;
  expiresAt: number | null;
  refused: { number: string; reason: HoldRefusal } | null;
}

const initialHoldContext: HoldContext = {
  number: null,
  lease: null,
  expiresAt: null,
  refused: null,
};

/** Stand-ins; the kiosk provides the real ones (`holdActors.ts`), tests their own. */
const placeholderActors = {
  takeHold: fromPromise<HoldOutcome, HoldInput>(async () => ({ outcome: 'unreachable' })),
  /** Lives as long as the number is held; its cleanup lets the lease go. */
  releaseOnLeave: fromCallback<{ type: 'none' }, HoldInput>(() => undefined),
};

/**
 * One number held for one customer. Choosing takes a lease on the server, renewed every
 * `numberHoldRenewMs` while the session lives; offline or with the server unreachable the
 * kiosk holds locally and keeps trying. A 409 (held by another kiosk, sold, withdrawn) ends
 * in `refused`, where the view offers the next best of the same tier. Leaving `held` for any
 * reason (another number, none, the session's end stopping this actor) releases the lease.
 */
export const holdMachine = setup({
  types: {
    context: {} as HoldContext,
    events: {} as HoldEvent,
  },
  actors: placeholderActors,
  delays: { renewInterval: numberHoldRenewMs },
  guards: {
    isNoNumber: ({ event }) => event.type === 'number.chosen' && event.number === null,
    isHeldNumber: ({ context, event }) =>
      event.type === 'number.chosen' && event.number === context.number,
    wasRefused: (_, outcome: HoldOutcome) => outcome.outcome === 'refused',
  },
  actions: {
    forgetNumber: assign(() => initialHoldContext),
    chooseNumber: assign(({ event }) => {
      assertEvent(event, 'number.chosen');
      return { ...initialHoldContext, number: event.number };
    }),
    noteLease: assign((_, outcome: HoldOutcome) =>
      outcome.outcome === 'held'
        ? { lease: 'server' as const, expiresAt: outcome.expiresAt }
        : { lease: 'local' as const, expiresAt: null },
    ),
    noteRefusal: assign(({ context }, reason: HoldRefusal) => ({
      lease: null,
      expiresAt: null,
      refused: context.number ? { number: context.number, reason } : null,
    })),
  },
}).createMachine({
  id: 'numberHold',
  context: initialHoldContext,
  initial: 'free',
  on: {
    'number.chosen': [
      { guard: 'isNoNumber', target: '.free' },
      { guard: 'isHeldNumber' },
      { target: '.taking', actions: 'chooseNumber' },
    ],
  },
  states: {
    free: { entry: 'forgetNumber' },
    taking: {
      invoke: {
        src: 'takeHold',
        input: ({ context }) => ({ number: context.number ?? '' }),
        onDone: [
          {
            guard: { type: 'wasRefused', params: ({ event }) => event.output },
            target: 'refused',
            actions: {
              type: 'noteRefusal',
              params: ({ event }) =>
                event.output.outcome === 'refused' ? event.output.reason : 'numberUnavailable',
            },
          },
          {
            target: 'held',
            actions: { type: 'noteLease', params: ({ event }) => event.output },
          },
        ],
        // A failure of our own making must not cost the customer the number.
        onError: {
          target: 'held',
          actions: { type: 'noteLease', params: { outcome: 'unreachable' } },
        },
      },
    },
    held: {
      invoke: {
        src: 'releaseOnLeave',
        input: ({ context }) => ({ number: context.number ?? '' }),
      },
      on: {
        'hold.refused': {
          target: 'refused',
          actions: { type: 'noteRefusal', params: ({ event }) => event.reason },
        },
      },
      initial: 'resting',
      states: {
        resting: { after: { renewInterval: 'renewing' } },
        // Renewing a local hold asks for a server lease: the network may be back.
        renewing: {
          invoke: {
            src: 'takeHold',
            input: ({ context }) => ({ number: context.number ?? '' }),
            onDone: [
              {
                guard: { type: 'wasRefused', params: ({ event }) => event.output },
                actions: raise(({ event }) => ({
                  type: 'hold.refused' as const,
                  reason:
                    event.output.outcome === 'refused'
                      ? event.output.reason
                      : ('numberUnavailable' as const),
                })),
              },
              {
                target: 'resting',
                actions: { type: 'noteLease', params: ({ event }) => event.output },
              },
            ],
            onError: {
              target: 'resting',
              actions: { type: 'noteLease', params: { outcome: 'unreachable' } },
            },
          },
        },
      },
    },
    /** The customer is told and offered another number; choosing one starts again. */
    refused: {},
  },
});

export type HoldMachine = typeof holdMachine;
