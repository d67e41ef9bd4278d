import type { Insertable, Kysely } from 'kysely';
import { defaultTierRules, tierOf, type NumberImportResult } from '../shared';
import { rowsPerInsert } from '../server/db/dialect';
import type { Database, NumbersTable } from '../server/db/schema';
import { benchAdmin, startBenchServer, type DbKind } from './support/server';
import { fmt, median, printTable, type Row } from './support/report';

/**
 * Import of a 100,000-number file through `POST /api/numbers/import` (parse, look up, tier,
 * insert, change log, one transaction), beside a raw multi-row insert of the same rows into
 * the same table in the same run. Rounds alternate which goes first, each with fresh numbers.
 */
const numbersPerFile = Number(process.env.BENCH_NUMBERS_IMPORT ?? 100_000);
const rounds = Number(process.env.BENCH_NUMBERS_ROUNDS ?? 3);
const storeId = 'bj-xidan';

function numbersOf(round: number, path: 'raw' | 'import'): string[] {
  const segment = path === 'raw' ? '196' : '166';
  const start = round * numbersPerFile;
  return Array.from(
    { length: numbersPerFile },
    (_, i) => `${segment}${String(start + i).padStart(8, '0')}`,
  );
}

/** The rows the import would write, tiered before the clock starts. */
function rawRows(numbers: readonly string[]): Insertable<NumbersTable>[] {
  return numbers.map((number) => {
    const tier = tierOf(number, defaultTierRules);
    return {
      number,
      store_id: storeId,
      status: 'available',
      price_fen: tier.priceFen,
      tier_id: tier.id,
      min_plan_fee_fen: tier.minPlanFeeFen,
    };
  });
}

async function rawSeconds(db: Kysely<Database>, rows: Insertable<NumbersTable>[]) {
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    const size = rowsPerInsert(6);
    for (let i = 0; i < rows.length; i += size) {
      await trx
        .insertInto('numbers')
        .values(rows.slice(i, i + size))
        .execute();
    }
  });
  return (performance.now() - started) / 1000;
}

async function signInHq(url: string): Promise<string> {
  const reply = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(benchAdmin),
  });
  const sid = /sid=([^;]+)/.exec(reply.headers.get('set-cookie') ?? '')?.[1];
  if (!sid) throw new Error(`sign-in failed: ${reply.status}`);
  return `sid=${sid}`;
}

async function importSeconds(url: string, cookie: string, numbers: readonly string[]) {
  // The console builds the body before sending; only the request is timed.
  const body = JSON.stringify({ storeId, csv: `number\n${numbers.join('\n')}\n` });
  const started = performance.now();
  const reply = await fetch(`${url}/api/numbers/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  const text = await reply.text();
  const seconds = (performance.now() - started) / 1000;
  const result = JSON.parse(text) as NumberImportResult;
  if (reply.status !== 200 || result.accepted !== numbers.length) {
    throw new Error(`import failed: ${reply.status} ${text.slice(0, 300)}`);
  }
  return seconds;
}

export async function benchNumbersImport(kinds: DbKind[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of kinds) {
    const server = await startBenchServer(kind, {
      handsets: 20,
      numbersPerStore: 100,
      stockPerStore: 10,
      orders: 0,
      days: 1,
    });
    try {
      const cookie = await signInHq(server.url);
      const imports: number[] = [];
      const raws: number[] = [];
      const ratios: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const raw = rawRows(numbersOf(round, 'raw'));
        const file = numbersOf(round, 'import');
        let rawTime: number;
        let importTime: number;
        if (round % 2 === 0) {
          rawTime = await rawSeconds(server.db, raw);
          importTime = await importSeconds(server.url, cookie, file);
        } else {
          importTime = await importSeconds(server.url, cookie, file);
          rawTime = await rawSeconds(server.db, raw);
        }
        imports.push(importTime);
        raws.push(rawTime);
        ratios.push(importTime / rawTime);
      }
      rows.push({
        figure: `import of ${fmt(numbersPerFile)} numbers, ${kind}`,
        value: `${fmt(median(imports), 2)} s`,
        baseline: `${fmt(median(raws), 2)} s raw multi-row insert`,
        ratio: `${fmt(median(ratios), 2)}× (rounds ${ratios.map((r) => fmt(r, 2)).join(', ')})`,
        target: 'seconds (issue #6)',
      });
    } finally {
      await server.close();
    }
  }
  printTable(`Number import (${rounds} alternating rounds, median)`, rows);
  return rows;
}
