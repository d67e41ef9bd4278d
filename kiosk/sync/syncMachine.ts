import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import type { DeviceIdentity } from '../db';
import { isRetryable } from './api';
import type { PreparedContent } from './prepareContent';
import type { PushBatchOutcome } from './pushOutbox';
import { syncRetryDelayMs } from './retryDelay';
import { liveSyncActors, type PulledPage, type StoredSyncState } from './syncActors';
import {
  heartbeatIntervalMs,
  initialSyncContext,
  kindOf,
  messageOf,
  reachableAfter,
  resyncIntervalMs,
  type SyncContext,
  type SyncEvent,
} from './syncMachineContext';

export type { SyncContext, SyncEvent, SyncFailure } from './syncMachineContext';
export { heartbeatIntervalMs, resyncIntervalMs };

/**
 * The sync loop, three regions side by side. `connection`: enrol if needed → pull pages until
 * `more` is false → push the outbox in batches → idle, again every 15 s, when the browser
 * comes online, or when the outbox grows; network errors and 5xx back off with jitter (at most
 * 10–15 s while the browser is online); a 401 enrols again. `content`: brings a published
 * version to the screen once it is whole (after a pull brought a marker; retried with backoff
 * while a file fails). `heartbeat`: one through the outbox every 5 min. Effects are actors.
 */
export const syncMachine = setup({
  types: { context: {} as SyncContext, events: {} as SyncEvent },
  actors: liveSyncActors,
  delays: {
    resyncInterval: resyncIntervalMs,
    retryDelay: ({ context }) => syncRetryDelayMs(context.attempt, context.browserOnline),
    contentRetryDelay: ({ context }) =>
      syncRetryDelayMs(context.contentAttempt, context.browserOnline),
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
    isContentDirty: ({ context }) => context.contentDirty,
    hasMediaProblems: (_, result: PreparedContent) =>
      result.problems.length > 0 || result.waiting !== null,
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
    // A page brought version markers: the content region looks at them (now, or when done).
    announceMarkers: enqueueActions(({ enqueue }, page: PulledPage) => {
      if (page.markers > 0) enqueue.raise({ type: 'content.staged' });
    }),
    markContentDirty: assign({ contentDirty: true }),
    startPreparing: assign({ contentDirty: false }),
    recordMediaProgress: assign(({ event }) => {
      assertEvent(event, 'content.progress');
      return { waitingVersion: event.progress };
    }),
    recordPreparedContent: assign((_, result: PreparedContent) => ({
      shownVersionId: result.shown?.id ?? null,
      waitingVersion: result.waiting,
      mediaProblems: result.problems,
    })),
    recordContentFailure: assign(({ context, event }) => {
      assertEvent(event, 'content.failed');
      console.warn(`[media] preparing content failed: ${event.message}`);
      return { contentAttempt: context.contentAttempt + 1 };
    }),
    countContentFailure: assign(({ context }) => ({ contentAttempt: context.contentAttempt + 1 })),
    finishContent: assign({ contentAttempt: 0 }),
  },
}).createMachine({
  id: 'sync',
  type: 'parallel',
  context: initialSyncContext,
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
                    actions: [
                      { type: 'advanceCursor', params: ({ event }) => event.output },
                      { type: 'announceMarkers', params: ({ event }) => event.output },
                    ],
                  },
                  {
                    target: 'pushing',
                    actions: [
                      { type: 'advanceCursor', params: ({ event }) => event.output },
                      { type: 'announceMarkers', params: ({ event }) => event.output },
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
    content: {
      initial: 'preparing',
      states: {
        preparing: {
          entry: 'startPreparing',
          invoke: { src: 'prepareContent' },
          on: {
            'content.staged': { actions: 'markContentDirty' },
            'content.progress': { actions: 'recordMediaProgress' },
            'content.prepared': [
              {
                guard: 'isContentDirty',
                target: 'preparing',
                reenter: true,
                actions: { type: 'recordPreparedContent', params: ({ event }) => event.result },
              },
              {
                guard: { type: 'hasMediaProblems', params: ({ event }) => event.result },
                target: 'waitingToRetry',
                actions: [
                  { type: 'recordPreparedContent', params: ({ event }) => event.result },
                  'countContentFailure',
                ],
              },
              {
                target: 'upToDate',
                actions: [
                  { type: 'recordPreparedContent', params: ({ event }) => event.result },
                  'finishContent',
                ],
              },
            ],
            'content.failed': { target: 'waitingToRetry', actions: 'recordContentFailure' },
          },
        },
        waitingToRetry: {
          after: { contentRetryDelay: 'preparing' },
          on: {
            'content.staged': 'preparing',
            'connectivity.changed': [
              { guard: 'isOnlineEvent', target: 'preparing', actions: 'recordConnectivity' },
              { actions: 'recordConnectivity' },
            ],
          },
        },
        upToDate: {
          on: { 'content.staged': 'preparing' },
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
