import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxImportCsvBytes, tierOf, defaultTierRules } from '../../shared';
import { call, enrolKiosk, signIn } from './support/http-client';
import { countRows } from './support/fixtures';
import {
  clerkOf,
  freshNumbers,
  hold,
  importCsv,
  managerOf,
  numberRow,
  pullAll,
} from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('importing and withdrawing numbers on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  const store = 'sz-huaqiangbei';
  const numberChangesOf = (storeId: string, numbers: readonly string[]) =>
    server.db
      .selectFrom('changes')
      .select(['key', 'store_id'])
      .where('entity', '=', 'number')
      .where('key', 'in', numbers)
      .where('store_id', '=', storeId)
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => server?.close());

  it('imports the good rows once and refuses every bad one with its line and reason', async () => {
    const [good1, good2, good3, otherStores] = freshNumbers('145', 7_000_000, 4) as [
      string,
      string,
      string,
      string,
    ];
    expect((await importCsv(server.url, hq, 'bj-xidan', otherStores)).body.accepted).toBe(1);
    const lines = [
      'number', // 1: header
      good1, // 2
      `"${good2}"`, // 3
      '1300000000', // 4: ten digits
      '12012345678', // 5: not a segment
      `=HYPERLINK("http://evil","${good3}")`, // 6
      `${good3}\u202e`, // 7: a direction override
      '9'.repeat(5_000), // 8
      `${good1}`, // 9: duplicate in file
      otherStores, // 10
      `${good3},extra`, // 11
      `"${good3}`, // 12
      '@SUM(A1)', // 13
      '', // 14: blank
      `  ${good3}  `, // 15
    ];
    const reply = await importCsv(server.url, hq, store, lines.join('\r\n'));
    expect(reply.body.error).toBeUndefined();
    expect(reply.status).toBe(200);
    expect(reply.body.accepted).toBe(3);
    const reasons = Object.fromEntries(
      reply.body.refused.map((r: { line: number; reason: string }) => [r.line, r.reason]),
    );
    expect(reasons).toEqual({
      4: 'notElevenDigits',
      5: 'notOperatorSegment',
      6: 'formula',
      7: 'controlCharacters',
      8: 'lineTooLong',
      9: 'duplicateInFile',
      10: 'alreadyInOtherStore',
      11: 'tooManyColumns',
      12: 'malformedRow',
      13: 'formula',
    });
    const other = reply.body.refused.find((r: { line: number }) => r.line === 10);
    expect(other.storeId).toBe('bj-xidan');
    expect(other.message).toContain('西单');
    const long = reply.body.refused.find((r: { line: number }) => r.line === 8);
    expect(long.raw.length).toBeLessThan(100);
    expect(reply.body.refused.find((r: { line: number }) => r.line === 7).raw).not.toContain(
      '\u202e',
    );
    for (const number of [good1, good2, good3]) {
      const row = await numberRow(server.db, number);
      const tier = tierOf(number, defaultTierRules);
      expect(row).toMatchObject({
        store_id: store,
        status: 'available',
        tier_id: tier.id,
        price_fen: tier.priceFen,
      });
    }
    expect(await numberChangesOf(store, [good1, good2, good3])).toHaveLength(3);
    expect((await numberRow(server.db, otherStores))?.store_id).toBe('bj-xidan');
  });

  it('imports a file of 100,000 numbers once, and the same file again imports none', async () => {
    const numbers = freshNumbers('196', 10_000_000, 100_000);
    const csv = `号码\n${numbers.join('\n')}\n`;
    const kiosk = await enrolKiosk(server.url, hq, store);
    const before = await pullAll(server.url, kiosk.token);

    const first = await importCsv(server.url, hq, store, csv);
    expect(first.status).toBe(200);
    expect(first.body.accepted).toBe(100_000);
    expect(first.body.refused).toEqual([]);
    expect(Object.values(first.body.byTier as Record<string, number>).reduce((a, b) => a + b)).toBe(
      100_000,
    );
    const stored = await server.db
      .selectFrom('numbers')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('number', '>=', numbers[0]!)
      .where('number', '<=', numbers.at(-1)!)
      .executeTakeFirstOrThrow();
    expect(Number(stored.count)).toBe(100_000);

    const counts = await countRows(server.db);
    const again = await importCsv(server.url, hq, store, csv);
    expect(again.status).toBe(200);
    expect(again.body.accepted).toBe(0);
    expect(again.body.refused).toHaveLength(100_000);
    expect(
      again.body.refused.every((r: { reason: string }) => r.reason === 'alreadyInThisStore'),
    ).toBe(true);
    expect(await countRows(server.db)).toEqual(counts);

    // The store's kiosks receive every imported number once.
    const pulled = await pullAll(server.url, kiosk.token, before.cursor);
    const keys = new Set(pulled.changes.filter((c) => c.entity === 'number').map((c) => c.key));
    expect(keys.size).toBe(100_000);
    expect(keys.has(numbers[54_321]!)).toBe(true);
  }, 240_000);

  it('refuses a file over the limit and invalid bodies, changing nothing', async () => {
    const counts = await countRows(server.db);
    const over = await importCsv(server.url, hq, store, '1'.repeat(maxImportCsvBytes + 1));
    expect(over.status).toBe(400);
    expect(over.body.error.fields.csv).toBeDefined();
    const huge = await importCsv(server.url, hq, store, '"'.repeat(3 * maxImportCsvBytes));
    expect(huge.status).toBe(413);
    for (const body of [{ storeId: store }, { storeId: store, csv: '' }, { csv: '13012345678' }]) {
      const reply = await call(server.url, '/api/numbers/import', { cookie: hq, body });
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('invalid_body');
    }
    // NUL never gets as far as the parser: the JSON body is refused whole.
    const nul = await importCsv(server.url, hq, store, '13012345678\u0000\n13012345679');
    expect(nul.status).toBe(400);
    const noStore = await importCsv(server.url, hq, 'no-such-store', '13012345678');
    expect(noStore.status).toBe(400);
    expect(await countRows(server.db)).toEqual(counts);
  });

  it("lets the store's manager import, and refuses a clerk and another store's manager", async () => {
    const [mine, theirs, clerks] = freshNumbers('176', 5_550_000, 3) as [string, string, string];
    const clerkCookie = await clerkOf(server.url, store);
    const otherManager = await managerOf(server.url, 'cd-chunxi');
    const counts = await countRows(server.db);
    const clerk = await importCsv(server.url, clerkCookie, store, clerks);
    expect(clerk.status).toBe(403);
    const refused = await importCsv(server.url, otherManager, store, theirs);
    expect(refused.status).toBe(403);
    expect(await countRows(server.db)).toEqual(counts);

    const manager = await managerOf(server.url, store);
    const accepted = await importCsv(server.url, manager, store, mine);
    expect(accepted.body.accepted).toBe(1);
    expect((await numberRow(server.db, mine))?.store_id).toBe(store);
    const unsigned = await call(server.url, '/api/numbers/import', {
      body: { storeId: store, csv: theirs },
    });
    expect(unsigned.status).toBe(401);
  });

  it('withdraws numbers neither sold nor held, and tells the kiosks', async () => {
    const [free, held, spare] = freshNumbers('156', 3_330_000, 3) as [string, string, string];
    await importCsv(server.url, hq, store, [free, held, spare].join('\n'));
    const kiosk = await enrolKiosk(server.url, hq, store);
    // From the log's end: the kiosk need not pull the 100,000 numbers imported above again.
    const last = await server.db
      .selectFrom('changes')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    const before = { cursor: Number(last.seq) };
    expect((await hold(server.url, kiosk.token, held)).status).toBe(200);
    const sold = await server.db
      .selectFrom('numbers')
      .select('number')
      .where('store_id', '=', store)
      .where('status', '=', 'sold')
      .executeTakeFirstOrThrow();
    const clerk = await call(server.url, '/api/numbers/withdraw', {
      cookie: await clerkOf(server.url, store),
      body: { storeId: store, numbers: [free] },
    });
    expect(clerk.status).toBe(403);

    const reply = await call(server.url, '/api/numbers/withdraw', {
      cookie: await managerOf(server.url, store),
      body: { storeId: store, numbers: [free, held, sold.number, '13000000001'] },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.withdrawn).toBe(1);
    expect(reply.body.skipped).toEqual([
      { number: held, reason: 'held' },
      { number: sold.number, reason: 'sold' },
      { number: '13000000001', reason: 'notInStore' },
    ]);
    expect((await numberRow(server.db, free))?.status).toBe('withdrawn');
    expect((await numberRow(server.db, held))?.status).toBe('available');
    const pulled = await pullAll(server.url, kiosk.token, before.cursor);
    expect(pulled.changes.filter((c) => c.entity === 'number')).toMatchObject([
      { key: free, data: { status: 'withdrawn' } },
    ]);
    const again = await call(server.url, '/api/numbers/withdraw', {
      cookie: hq,
      body: { storeId: store, numbers: [free] },
    });
    expect(again.body).toEqual({
      withdrawn: 0,
      skipped: [{ number: free, reason: 'alreadyWithdrawn' }],
    });
    expect((await hold(server.url, kiosk.token, free)).status).toBe(409);
  });
});
