import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared';
import { createPagePrefetch } from '../../kiosk/sync/pagePrefetch';

function fakeServer() {
  const asked: string[] = [];
  const fetchPage = async (token: string, cursor: number): Promise<PullResponse> => {
    asked.push(`${token}@${cursor}`);
    return { changes: [], cursor: cursor + 1000, more: true };
  };
  return { asked, fetchPage };
}

describe('reading the next page ahead', () => {
  it('hands over the page it read ahead for the same token and cursor', async () => {
    const server = fakeServer();
    const pages = createPagePrefetch(server.fetchPage);
    const first = await pages.take('t', 0);
    pages.startNext('t', first.cursor);
    expect(server.asked).toEqual(['t@0', 't@1000']);
    expect((await pages.take('t', 1000)).cursor).toBe(2000);
    expect(server.asked).toHaveLength(2);
  });

  it('reads afresh when the cursor or token no longer match', async () => {
    const server = fakeServer();
    const pages = createPagePrefetch(server.fetchPage);
    pages.startNext('t', 1000);
    await pages.take('t', 0); // the page at 1000 failed to apply: the cursor stayed at 0
    pages.startNext('t', 1000);
    await pages.take('new-token', 1000); // enrolled again
    expect(server.asked).toEqual(['t@1000', 't@0', 't@1000', 'new-token@1000']);
  });

  it('passes the failure of a page read ahead to whoever takes it', async () => {
    const pages = createPagePrefetch(async () => {
      throw new Error('offline');
    });
    pages.startNext('t', 5);
    await expect(pages.take('t', 5)).rejects.toThrow('offline');
  });
});
