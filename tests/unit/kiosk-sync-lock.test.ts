import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskDatabase, readMeta } from '../../kiosk/db';
import { holdLeaseLock } from '../../kiosk/sync/leaseLock';
import { holdSyncLock } from '../../kiosk/sync/syncLock';
import { onlineRetryCapMs, syncRetryDelayMs } from '../../kiosk/sync/retryDelay';

let db: KioskDatabase;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  db = new KioskDatabase(`kiosk-lock-test-${counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, ms = 2_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await tick(5);
  }
}

describe('one sync pass at a time without Web Locks', () => {
  it('falls back to the IndexedDB lease when navigator.locks is missing', async () => {
    expect(typeof navigator === 'undefined' || navigator.locks === undefined).toBe(true);
    let acquired = false;
    const release = holdSyncLock(db, () => (acquired = true));
    await until(() => acquired);
    expect(await readMeta(db, 'syncLease')).toMatchObject({ holder: expect.any(String) });
    release();
    await tick(50);
    expect(await readMeta(db, 'syncLease')).toBeNull();
  });

  it('lets a second tab in only after the first releases', async () => {
    const order: string[] = [];
    const releaseA = holdLeaseLock(db, () => order.push('A'), { holder: 'tab-a', pollMs: 10 });
    await until(() => order.length === 1);
    // Another tab of the same kiosk: the same database, its own connection.
    const other = new KioskDatabase(db.name);
    const releaseB = holdLeaseLock(other, () => order.push('B'), { holder: 'tab-b', pollMs: 10 });
    await tick(100);
    expect(order).toEqual(['A']);
    releaseA();
    await until(() => order.length === 2);
    expect(order).toEqual(['A', 'B']);
    releaseB();
    await tick(50);
    other.close();
  });

  it('takes over a lease whose holder stopped renewing it', async () => {
    await db.meta.put({
      key: 'syncLease',
      value: { holder: 'frozen-tab', expiresAt: Date.now() - 1 },
    });
    let acquired = false;
    const release = holdLeaseLock(db, () => (acquired = true), { holder: 'tab-c', pollMs: 10 });
    await until(() => acquired);
    expect((await readMeta(db, 'syncLease'))?.holder).toBe('tab-c');
    release();
  });

  it('waits while a live lease is held by someone else', async () => {
    await db.meta.put({
      key: 'syncLease',
      value: { holder: 'busy-tab', expiresAt: Date.now() + 60_000 },
    });
    let acquired = false;
    const release = holdLeaseLock(db, () => (acquired = true), { holder: 'tab-d', pollMs: 10 });
    await tick(80);
    expect(acquired).toBe(false);
    release();
  });
});

describe('retry delays', () => {
  it.each([
    [1, () => 0, 1_000],
    [3, () => 0.999, 8_000],
    [8, () => 0, 10_000],
    [8, () => 0.999, 15_000],
  ])('attempt %i online waits at most 10–15 s (case %#)', (attempt, random, expected) => {
    expect(syncRetryDelayMs(attempt, true, random)).toBeCloseTo(expected, -2);
  });

  it('backs off fully while the browser is offline', () => {
    expect(syncRetryDelayMs(8, false, () => 0.999)).toBeGreaterThan(onlineRetryCapMs.max);
    expect(syncRetryDelayMs(8, false, () => 0.999)).toBeLessThanOrEqual(60_000);
  });
});
