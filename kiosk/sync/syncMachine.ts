import { assertEvent, assign, setup } from 'xstate';
import { retryDelayMs } from '../../shared';
import type { DeviceIdentity } from '../db';
import { isApiError, isRetryable, type ApiErrorKind } from './api';
import type { PushBatchOutcome } from './pushOutbox';
import { liveSyncActors, type PulledPage, type StoredSyncState } from './syncActors';

export interface SyncFailure {
  phase: 'pull' | 'push';
  kind: ApiErrorKind | 'unknown';
}

export interface SyncContext {
  identity: DeviceIdentity | null;
  cursor: number;
  /** Failed passes in a row: drives the backoff. */
  attempt: number;
  browserOnline: boolean;
  /** False after a request got no answer at all (server stopped, cable out). */
  serverReachable: boolean;
  outboxDepth: number;
  queuedOrders: number;
  lastSyncAt: number | null;
  downloadError: string | null;
  uploadError: string | null;
  enrolmentError: string | null;
  /** What ended the current pass early, read by `syncing.onDone`. */
  failure: SyncFailure | null;
}

export type SyncEvent =
  | { type: 'lock.acquired' }
  | { type: 'connectivity.changed'; online: boolean }
  | { type: 'outbox.changed'; depth: number; queuedOrders: number }
  | { type: 'sync.requested' }
  | { type: 'enrolment.submitted'; code: string };

export const resyncIntervalMs = 15_000;
export const heartbeatIntervalMs = 5 * 60_000;

const initialContext: SyncContext = {
  identity: null,
  cursor: 0,
  attempt: 0,
  browserOnline: true,
  serverReachable: true,
  outboxDepth: 0,
  queuedOrders: 0,
  lastSyncAt: null,
  downloadError: null,
  uploadError: null,
  enrolmentError: null,
  failure: null,
};

const kindOf = (error: unknown): ApiErrorKind | 'unknown' =>
  isApiError(error) ? error.kind : 'unknown';
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
/** Only an unanswered request says the server is out of reach; a 5xx is an answer. */
const reachableAfter = (error: unknown) => kindOf(error) !== 'network';

/**
 * The sync loop: enrol if needed → pull pages until `more` is false → push the outbox in
 * batches → idle, again every 15 s, when the browser comes online, or when the outbox grows.
 * Network errors and 5xx back off with jitter; a 401 enrols again. All effects are actors.
 */
export const syncMachine = setup({
  types: { context: {} as SyncContext, events: {} as SyncEvent },
  actors: liveSyncActors,
  delays: {
    resyncInterval: resyncIntervalMs,
    retryDelay: ({ context }) => retryDelayMs(context.attempt),
    firstHeartbeat: 20_000,
    heartbeatInterval: heartbeatIntervalMs,
  },
  guards: {
    hasStoredIdentity: (_, stored: StoredSyncState) => stored.identity !== null,
    isEnrolmentNotOffered: (_, { error }: { error: unknown }) =>
      ['notFound', 'client', 'unauthorized'].includes(kindOf(error)),
    isOnlineEvent: ({ event }) => event.type === 'connectivity.changed' && event.online,
    outboxGrew: ({ context, event }) =>
      event.type === 'outbox.changed' && event.depth > context.outboxDepth,
    hasMorePages: (_, page: PulledPage) => page.more,
    endsThePass: (_, { error }: { error: unknown }) =>
      kindOf(error) === 'unauthorized' || isRetryable(error),
    // Stop when a batch settled nothing, or we would loop on entries the server ignores.
    hasMoreToPush: (_, outcome: PushBatchOutcome) => outcome.remaining > 0 && outcome.settled > 0,
    failedUnauthorized: ({ context }) => context.failure?.kind === 'unauthorized',
    failedRetryably: ({ context }) =>
      context.failure !== null && ['network', 'server', 'unknown'].includes(context.failure.kind),
  },
  actions: {
    recordConnectivity: assign(({ event }) => {
      assertEvent(event, 'connectivity.changed');
      return event.online ? { browserOnline: true } : { browserOnline: false };
    }),
    recordOutbox: assign(({ event }) => {
      assertEvent(event, 'outbox.changed');
      return { outboxDepth: event.depth, queuedOrders: event.queuedOrders };
    }),
    restoreState: assign((_, stored: StoredSyncState) => ({
      identity: stored.identity,
      cursor: stored.cursor,
      lastSyncAt: stored.lastSyncAt,
    })),
    rememberIdentity: assign((_, identity: DeviceIdentity) => ({
      identity,
      enrolmentError: null,
      serverReachable: true,
    })),
    recordEnrolmentError: assign((_, { error }: { error: unknown }) => ({
      enrolmentError: messageOf(error),
      serverReachable: reachableAfter(error),
    })),
    clearEnrolmentError: assign({ enrolmentError: null }),
    startPass: assign({ failure: null }),
    advanceCursor: assign((_, page: PulledPage) => ({
      cursor: page.cursor,
      serverReachable: true,
    })),
    recordPullSuccess: assign(() => ({ downloadError: null, lastSyncAt: Date.now() })),
    recordPullFailure: assign((_, { error }: { error: unknown }) => {
      return {
        downloadError: messageOf(error),
        serverReachable: reachableAfter(error),
        failure: { phase: 'pull' as const, kind: kindOf(error) },
      };
    }),
    recordPushSuccess: assign({ uploadError: null, serverReachable: true }),
    recordPushFailure: assign((_, { error }: { error: unknown }) => {
      return {
        uploadError: messageOf(error),
        serverReachable: reachableAfter(error),
        failure: { phase: 'push' as const, kind: kindOf(error) },
      };
    }),
    countFailedPass: assign(({ context }) => ({ attempt: context.attempt + 1 })),
    finishPass: assign({ attempt: 0 }),
    forgetIdentity: assign({ identity: null }),
  },
}).createMachine({
  id: 'sync',
  type: 'parallel',
  context: initialContext,
  invoke: [{ src: 'watchConnectivity' }, { src: 'watchOutbox' }],
  on: {
    'connectivity.changed': { actions: 'recordConnectivity' },
    'outbox.changed': { actions: 'recordOutbox' },
  },
  states: {
    connection: {
      initial: 'starting',
      states: {
        starting: {
          invoke: {
            src: 'loadState',
            onDone: [
              {
                guard: { type: 'hasStoredIdentity', params: ({ event }) => event.output },
                target: 'syncing',
                actions: { type: 'restoreState', params: ({ event }) => event.output },
              },
              {
                target: 'enrolling',
                actions: { type: 'restoreState', params: ({ event }) => event.output },
              },
            ],
            onError: { target: 'enrolling' },
          },
        },
        enrolling: {
          invoke: {
            src: 'enrolAutomatically',
            onDone: {
              target: 'syncing',
              actions: { type: 'rememberIdentity', params: ({ event }) => event.output },
            },
            onError: [
              {
                guard: { type: 'isEnrolmentNotOffered', params: ({ event }) => event },
                target: 'awaitingCode',
                actions: 'clearEnrolmentError',
              },
              {
                target: 'waitingToEnrol',
                actions: [
                  { type: 'recordEnrolmentError', params: ({ event }) => event },
                  'countFailedPass',
                ],
              },
            ],
          },
        },
        waitingToEnrol: {
          after: { retryDelay: 'enrolling' },
          on: {
            'connectivity.changed': [
              { guard: 'isOnlineEvent', target: 'enrolling', actions: 'recordConnectivity' },
              { actions: 'recordConnectivity' },
            ],
          },
        },
        awaitingCode: {
          on: { 'enrolment.submitted': 'enrollingWithCode' },
        },
        enrollingWithCode: {
          invoke: {
            src: 'enrolWithCode',
            input: ({ event }) => {
              assertEvent(event, 'enrolment.submitted');
              return { code: event.code };
            },
            onDone: {
              target: 'syncing',
              actions: { type: 'rememberIdentity', params: ({ event }) => event.output },
            },
            onError: {
              target: 'awaitingCode',
              actions: { type: 'recordEnrolmentError', params: ({ event }) => event },
            },
          },
        },
        syncing: {
          entry: 'startPass',
          invoke: { src: 'holdSyncLock' },
          initial: 'waitingForLock',
          onDone: [
            { guard: 'failedUnauthorized', target: 'enrolling', actions: 'forgetIdentity' },
            { guard: 'failedRetryably', target: 'waitingToRetry', actions: 'countFailedPass' },
            { target: 'idle', actions: 'finishPass' },
          ],
          states: {
            waitingForLock: {
              on: { 'lock.acquired': 'pulling' },
            },
            pulling: {
              invoke: {
                src: 'pullPage',
                input: ({ context }) => ({
                  token: context.identity?.token ?? '',
                  cursor: context.cursor,
                }),
                onDone: [
                  {
                    guard: { type: 'hasMorePages', params: ({ event }) => event.output },
                    target: 'pulling',
                    reenter: true,
                    actions: { type: 'advanceCursor', params: ({ event }) => event.output },
                  },
                  {
                    target: 'warming',
                    actions: [
                      { type: 'advanceCursor', params: ({ event }) => event.output },
                      'recordPullSuccess',
                    ],
                  },
                ],
                onError: [
                  {
                    guard: { type: 'endsThePass', params: ({ event }) => event },
                    target: 'failed',
                    actions: { type: 'recordPullFailure', params: ({ event }) => event },
                  },
                  // A page the kiosk cannot use must not hold back the orders: push anyway.
                  {
                    target: 'pushing',
                    actions: { type: 'recordPullFailure', params: ({ event }) => event },
                  },
                ],
              },
            },
            warming: {
              invoke: { src: 'warmMedia', onDone: 'pushing', onError: 'pushing' },
            },
            pushing: {
              invoke: {
                src: 'pushBatch',
                input: ({ context }) => ({ token: context.identity?.token ?? '' }),
                onDone: [
                  {
                    guard: { type: 'hasMoreToPush', params: ({ event }) => event.output },
                    target: 'pushing',
                    reenter: true,
                    actions: 'recordPushSuccess',
                  },
                  { target: 'done', actions: 'recordPushSuccess' },
                ],
                onError: {
                  target: 'failed',
                  actions: { type: 'recordPushFailure', params: ({ event }) => event },
                },
              },
            },
            done: { type: 'final' },
            failed: { type: 'final' },
          },
        },
        waitingToRetry: {
          after: { retryDelay: 'syncing' },
          on: {
            'sync.requested': 'syncing',
            'connectivity.changed': [
              { guard: 'isOnlineEvent', target: 'syncing', actions: 'recordConnectivity' },
              { actions: 'recordConnectivity' },
            ],
          },
        },
        idle: {
          after: { resyncInterval: 'syncing' },
          on: {
            'sync.requested': 'syncing',
            'connectivity.changed': [
              { guard: 'isOnlineEvent', target: 'syncing', actions: 'recordConnectivity' },
              { actions: 'recordConnectivity' },
            ],
            'outbox.changed': [
              { guard: 'outboxGrew', target: 'syncing', actions: 'recordOutbox' },
              { actions: 'recordOutbox' },
            ],
          },
        },
      },
    },
    heartbeat: {
      initial: 'starting',
      states: {
        starting: { after: { firstHeartbeat: 'queueing' } },
        queueing: {
          invoke: { src: 'queueHeartbeat', onDone: 'waiting', onError: 'waiting' },
        },
        waiting: { after: { heartbeatInterval: 'queueing' } },
      },
    },
  },
});

export type SyncMachine = typeof syncMachine;
