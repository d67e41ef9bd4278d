import type { PullResponse } from '../../shared';

type FetchPage = (token: string, cursor: number, signal?: AbortSignal) => Promise<PullResponse>;

/**
 * Reads the next page of the change log while this one is being applied, so a catch-up costs
 * about the slower of network and IndexedDB rather than their sum. A prefetched page is used
 * only for exactly the token and cursor it was asked with; anything else is fetched afresh
 * (the page that failed to apply is simply read again).
 */
export function createPagePrefetch(fetchPage: FetchPage) {
  let ahead: { token: string; cursor: number; page: Promise<PullResponse> } | null = null;
  return {
    take(token: string, cursor: number, signal?: AbortSignal): Promise<PullResponse> {
      const prefetched = ahead;
      ahead = null;
      if (prefetched && prefetched.token === token && prefetched.cursor === cursor) {
        return prefetched.page;
      }
      return fetchPage(token, cursor, signal);
    },
    startNext(token: string, cursor: number): void {
      const page = fetchPage(token, cursor);
      page.catch(() => undefined); // its failure surfaces when (if) it is taken
      ahead = { token, cursor, page };
    },
  };
}
