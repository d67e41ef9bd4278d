import { randomUUID } from 'node:crypto';
import {
  pushResponseSchema,
  retryDelayMs,
  type AnalyticsEvent,
  type OrderDraft,
  type PushMutationEnvelope,
  type PushResult,
} from '../../../shared';
import type { Random } from '../../../server/seed/random';
import type { EnrolledKiosk } from './http-client';

export interface SimulatedKioskOptions {
  /** Where the kiosk sends its calls: usually the chaos proxy. */
  baseUrl: string;
  kiosk: EnrolledKiosk;
  random: Random;
  /** Each push takes between 1 and this many of the oldest outbox entries. */
  maxBatch: number;
  /** `retryDelayMs` is multiplied by this, so a test backs off in milliseconds, not seconds. */
  retryScale: number;
  /** Chance that a push goes out twice at once, as from two tabs without the sync lock. */
  twinPushChance: number;
}

export interface KioskStats {
  pushes: number;
  twinPushes: number;
  /** No answer at all: dropped, cut after commit, server down. */
  networkErrors: number;
  /** 5xx answers. */
  serverErrors: number;
  /** Answers naming a mutation that was not in the batch sent: must stay 0. */
  strayAnswers: number;
  /** Mutations of a batch that got no answer of their own (they stay in the outbox). */
  unanswered: number;
}

const placedStatuses = new Set(['applied', 'duplicate']);
export const isPlaced = (answer: PushResult | undefined) =>
  answer !== undefined && placedStatuses.has(answer.status);

/**
 * A kiosk as the sync design describes it, without a browser: orders captured into an
 * outbox with device-made ids, pushed oldest first in batches; an entry leaves the outbox only
 * on the server's answer for its mutation id; no answer or a 5xx keeps every entry and retries
 * the same mutation ids after `retryDelayMs` (exponential, with jitter).
 */
export class SimulatedKiosk {
  readonly outbox = new Map<string, PushMutationEnvelope>();
  /** Every order captured, by mutation id. */
  readonly orders = new Map<string, OrderDraft>();
  /** Every analytics event queued, by mutation id. */
  readonly events = new Map<string, AnalyticsEvent>();
  /** Every answer the kiosk received for each mutation id, in order of arrival. */
  readonly answers = new Map<string, PushResult[]>();
  readonly stats: KioskStats = {
    pushes: 0,
    twinPushes: 0,
    networkErrors: 0,
    serverErrors: 0,
    strayAnswers: 0,
    unanswered: 0,
  };
  /** Requests sent and not yet answered or failed. */
  inFlight = 0;
  /** What the last failed push got instead of an answer. */
  lastFailure = 'none';
  private readonly options: SimulatedKioskOptions;

  constructor(options: SimulatedKioskOptions) {
    this.options = options;
  }

  get id(): string {
    return this.options.kiosk.deviceId;
  }

  get storeId(): string {
    return this.options.kiosk.storeId;
  }

  /** The customer confirms: the order and its outbox entry are written together. */
  capture(draft: OrderDraft): string {
    const mutationId = randomUUID();
    this.orders.set(mutationId, draft);
    this.outbox.set(mutationId, {
      id: mutationId,
      type: 'order.place',
      payload: draft,
      createdAt: draft.createdAt,
    });
    return mutationId;
  }

  queueEvent(event: AnalyticsEvent): string {
    const mutationId = randomUUID();
    this.events.set(mutationId, event);
    this.outbox.set(mutationId, {
      id: mutationId,
      type: 'analytics.event',
      payload: event,
      createdAt: Date.now(),
    });
    return mutationId;
  }

  /** The last answer for a mutation, the one that settled it. */
  finalAnswer(mutationId: string): PushResult | undefined {
    return this.answers.get(mutationId)?.at(-1);
  }

  /** Pushes until the outbox is empty and `capturing` has settled; throws past `deadline`. */
  async drain(capturing: Promise<unknown>, deadline: number): Promise<void> {
    let done = false;
    const finish = () => {
      done = true;
    };
    capturing.then(finish, finish);
    let attempt = 0;
    for (;;) {
      if (Date.now() > deadline)
        throw new Error(
          `kiosk ${this.id} still has ${this.outbox.size} entries at the deadline; ` +
            `last failure: ${this.lastFailure}; ${JSON.stringify(this.stats)}`,
        );
      if (this.outbox.size === 0) {
        if (done) return;
        await new Promise((r) => setTimeout(r, 2));
        continue;
      }
      const settledSome = await this.pushOnce();
      if (settledSome) {
        attempt = 0;
        continue;
      }
      attempt += 1;
      const delay = retryDelayMs(attempt, this.options.random.next) * this.options.retryScale;
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  /**
   * One push of the oldest entries (`size`, or 1 to `maxBatch` at random), maybe twice at
   * once; true when any entry was settled.
   */
  async pushOnce(size?: number): Promise<boolean> {
    const { random, maxBatch, twinPushChance } = this.options;
    const batch = [...this.outbox.values()].slice(0, size ?? random.int(1, maxBatch));
    const body = { mutations: batch, sentAt: Date.now() };
    const twin = random.chance(twinPushChance);
    this.stats.pushes += 1;
    if (twin) this.stats.twinPushes += 1;
    const sends = twin ? [this.send(body), this.send(body)] : [this.send(body)];
    const replies = await Promise.all(sends);
    let settled = 0;
    for (const results of replies) {
      if (results) settled += this.settle(batch, results);
    }
    return settled > 0;
  }

  /** The answers of one reply; an entry leaves the outbox only on an answer for its own id. */
  private settle(batch: readonly PushMutationEnvelope[], results: readonly PushResult[]): number {
    const sent = new Set(batch.map((m) => m.id));
    let settled = 0;
    for (const result of results) {
      if (!sent.has(result.id)) {
        this.stats.strayAnswers += 1;
        continue;
      }
      sent.delete(result.id);
      const seen = this.answers.get(result.id) ?? [];
      seen.push(result);
      this.answers.set(result.id, seen);
      if (this.outbox.delete(result.id)) settled += 1;
    }
    this.stats.unanswered += sent.size;
    return settled;
  }

  private async send(body: {
    mutations: PushMutationEnvelope[];
    sentAt: number;
  }): Promise<PushResult[] | null> {
    this.inFlight += 1;
    try {
      const response = await fetch(`${this.options.baseUrl}/api/sync/push`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.options.kiosk.token}`,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      if (response.status >= 500) {
        this.stats.serverErrors += 1;
        this.lastFailure = `${response.status} ${text.slice(0, 200)}`;
        return null;
      }
      if (response.status !== 200)
        throw new Error(`push answered ${response.status}: ${text.slice(0, 300)}`);
      return pushResponseSchema.parse(JSON.parse(text)).results;
    } catch (error) {
      if (error instanceof TypeError || (error as Error).name === 'TimeoutError') {
        this.stats.networkErrors += 1;
        this.lastFailure = `${(error as Error).name}: ${(error as Error).message}`;
        return null;
      }
      throw error;
    } finally {
      this.inFlight -= 1;
    }
  }
}
