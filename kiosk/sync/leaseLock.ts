import { readMeta, type KioskDatabase, type SyncLease } from '../db';

export interface LeaseOptions {
  /** A holder that stops renewing (a frozen or closed tab) loses the lease after this. */
  ttlMs?: number;
  /** How often a waiting tab looks again. */
  pollMs?: number;
  holder?: string;
  now?: () => number;
}

/**
 * The fallback when the browser has no Web Locks: a lease in `meta.syncLease`, claimed by a
 * compare-and-set inside an IndexedDB readwrite transaction (which IndexedDB runs one at a
 * time across tabs), renewed while held, released at the end of the pass. Should two tabs
 * still push at once, the server's unique (device, mutation id) key keeps pushes exactly once.
 */
export function holdLeaseLock(
  db: KioskDatabase,
  onAcquired: () => void,
  {
    ttlMs = 30_000,
    pollMs = 1_000,
    holder = crypto.randomUUID(),
    now = Date.now,
  }: LeaseOptions = {},
): () => void {
  let stopped = false;
  let held = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const claim = () =>
    db.transaction('rw', db.meta, async () => {
      const lease = await readMeta(db, 'syncLease');
      if (lease && lease.holder !== holder && lease.expiresAt > now()) return false;
      const mine: SyncLease = { holder, expiresAt: now() + ttlMs };
      await db.meta.put({ key: 'syncLease', value: mine });
      return true;
    });

  const attempt = async () => {
    let won = false;
    try {
      won = await claim();
    } catch (error) {
      console.warn(`[sync] lease claim failed: ${String(error)}`);
    }
    if (stopped) {
      if (won) await releaseLease();
      return;
    }
    if (won && !held) {
      held = true;
      onAcquired();
    }
    // Held: renew well before it expires. Waiting: look again soon.
    timer = setTimeout(() => void attempt(), won ? ttlMs / 3 : pollMs);
  };

  const releaseLease = () =>
    db
      .transaction('rw', db.meta, async () => {
        const lease = await readMeta(db, 'syncLease');
        if (lease?.holder === holder) await db.meta.delete('syncLease');
      })
      .catch(() => undefined);

  void attempt();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    if (held) void releaseLease();
  };
}
