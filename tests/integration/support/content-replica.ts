import { pullResponseSchema, retryDelayMs, type PullResponse } from '../../../shared';
import type { Random } from '../../../server/seed/random';

/**
 * A kiosk's copy of the content, without a browser: entity/key → data, tombstones applied.
 * A page is applied only when it arrived whole and parsed, together with its cursor, the way
 * kiosk/sync/applyPullPage.ts applies one in a single Dexie transaction; anything less leaves
 * both the content and the cursor as they were, and the same page is asked for again.
 */
export class ContentReplica {
  cursor: number;
  readonly content: Map<string, unknown>;
  pagesApplied = 0;
  /** Pulls that failed: no answer, a cut body, a 5xx. */
  failures = 0;

  constructor(from?: { cursor: number; content: Map<string, unknown> }) {
    this.cursor = from?.cursor ?? 0;
    this.content = new Map(from?.content);
  }

  /** A copy to keep while the original moves on. */
  snapshot(): ContentReplica {
    return new ContentReplica({ cursor: this.cursor, content: this.content });
  }

  apply(page: PullResponse): void {
    for (const change of page.changes) {
      if (change.seq <= this.cursor)
        throw new Error(`change ${change.seq} at cursor ${this.cursor}`);
      const key = `${change.entity}:${change.key}`;
      if (change.op === 'delete') this.content.delete(key);
      else this.content.set(key, change.data);
    }
    this.cursor = page.cursor;
    this.pagesApplied += 1;
  }

  /** Pages until the server says there is no more; retries failures with `retryDelayMs`. */
  async pullToEnd(options: {
    baseUrl: string;
    token: string;
    limit: number;
    random: Random;
    retryScale: number;
    deadline: number;
  }): Promise<void> {
    let attempt = 0;
    for (;;) {
      if (Date.now() > options.deadline) throw new Error(`pull stuck at cursor ${this.cursor}`);
      const page = await this.fetchPage(options.baseUrl, options.token, options.limit);
      if (page) {
        attempt = 0;
        this.apply(page);
        if (!page.more) return;
        continue;
      }
      this.failures += 1;
      attempt += 1;
      const delay = retryDelayMs(attempt, options.random.next) * options.retryScale;
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  private async fetchPage(base: string, token: string, limit: number) {
    try {
      const response = await fetch(`${base}/api/sync/pull?since=${this.cursor}&limit=${limit}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      if (response.status >= 500) return null;
      if (response.status !== 200) throw new Error(`pull answered ${response.status}: ${text}`);
      return pullResponseSchema.parse(JSON.parse(text));
    } catch (error) {
      if (error instanceof TypeError || (error as Error).name === 'TimeoutError') return null;
      throw error;
    }
  }
}
