import type { DeviceIdentity } from '../db';
import { isApiError, type ApiErrorKind } from './api';
import type { MediaProblem } from './mediaCache';
import type { MediaProgress } from './prepareContent';
import type { SyncEventFromActors } from './syncActors';

/** What the sync machine remembers (syncMachine.ts), and the helpers its actions share. */
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
  /** The content version on screen (null until a new kiosk has its first whole version). */
  shownVersionId: string | null;
  /** The newest version still waiting for its media, and how far its files are. */
  waitingVersion: MediaProgress | null;
  /** Files that failed the last preparation (hash, size, network, quota). */
  mediaProblems: MediaProblem[];
  /** Failed preparations in a row: drives the media backoff. */
  contentAttempt: number;
  /** New markers arrived while preparing: prepare again when done. */
  contentDirty: boolean;
}

export type SyncEvent =
  | SyncEventFromActors
  | { type: 'content.staged' }
  | { type: 'sync.requested' }
  | { type: 'enrolment.submitted'; code: string };

export const resyncIntervalMs = 15_000;
export const heartbeatIntervalMs = 5 * 60_000;

export const initialSyncContext: SyncContext = {
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
  shownVersionId: null,
  waitingVersion: null,
  mediaProblems: [],
  contentAttempt: 0,
  contentDirty: false,
};

export const kindOf = (error: unknown): ApiErrorKind | 'unknown' =>
  isApiError(error) ? error.kind : 'unknown';
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
/** Only an unanswered request says the server is out of reach; a 5xx is an answer. */
export const reachableAfter = (error: unknown) => kindOf(error) !== 'network';
