import { fromCallback, fromPromise } from 'xstate';
import { database } from '../app/database';
import { readMeta, type KioskDatabase } from '../db';
import { createKioskApi, isApiError, type KioskApi } from '../sync/api';
import { holdMachine, type HoldInput, type HoldOutcome } from './holdMachine';

/** A hold is asked for while the customer waits: a few seconds, then the kiosk holds locally. */
const holdTimeoutMs = 5_000;

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Asks the server for (or renews) this kiosk's lease. Only a 409 with the contract's codes is a
 * refusal; anything else (offline, 404 before the server knows holds, 5xx, a bad answer) means
 * "hold locally": the server decides when the order is pushed.
 */
export async function takeNumberHold(
  db: KioskDatabase,
  api: KioskApi,
  number: string,
  signal?: AbortSignal,
): Promise<HoldOutcome> {
  const identity = await readMeta(db, 'identity');
  if (!identity || isOffline()) return { outcome: 'unreachable' };
  try {
    const hold = await api.holdNumber(identity.token, number, signal);
    return { outcome: 'held', expiresAt: hold.expiresAt };
  } catch (error) {
    if (isApiError(error) && error.status === 409) {
      if (error.code === 'numberHeld' || error.code === 'numberUnavailable') {
        return { outcome: 'refused', reason: error.code };
      }
    }
    return { outcome: 'unreachable' };
  }
}

/** Fire and forget: a lease not released lapses on its own at `expiresAt`. */
export async function releaseNumberHold(
  db: KioskDatabase,
  api: KioskApi,
  number: string,
): Promise<void> {
  try {
    const identity = await readMeta(db, 'identity');
    if (!identity || isOffline()) return;
    await api.releaseNumber(identity.token, number);
  } catch {
    // Nothing to tell the customer: the lease expires by itself.
  }
}

export function createHoldActors(db: KioskDatabase, api: KioskApi) {
  return {
    takeHold: fromPromise<HoldOutcome, HoldInput>(({ input, signal }) =>
      takeNumberHold(db, api, input.number, signal),
    ),
    releaseOnLeave: fromCallback<{ type: 'none' }, HoldInput>(({ input }) => () => {
      if (input.number) void releaseNumberHold(db, api, input.number);
    }),
  };
}

export const liveHoldMachine = holdMachine.provide({
  actors: createHoldActors(database, createKioskApi({ timeoutMs: holdTimeoutMs })),
});
