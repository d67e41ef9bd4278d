import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { priceCart, ticketFromUuid, type OrderDraft, type PushResponse } from '../shared';
import type { Database, OrdersTable } from '../server/db/schema';
import { enrolDevice, startBenchServer, type DbKind } from './support/server';
import { fmt, printTable, type Row } from './support/report';

/**
 * Push ingest: orders per second through `POST /api/sync/push`, beside the raw insert rate of
 * the same order rows into the same database in the same run (one multi-row insert per
 * transaction of the same batch size).
 */
const ordersPerRun = Number(process.env.BENCH_INGEST_ORDERS ?? 10_000);
const idNumber = '11010519491231002X';

async function makeDrafts(
  db: Kysely<Database>,
  storeId: string,
  count: number,
): Promise<OrderDraft[]> {
  const handsets = await db.selectFrom('handsets').select(['id', 'price_fen']).limit(50).execute();
  const plans = await db.selectFrom('plans').selectAll().execute();
  const start = Date.now() - 60_000;
  return Array.from({ length: count }, (_, i) => {
    const handset = handsets[i % handsets.length]!;
    const plan = plans[i % plans.length]!;
    const priced = priceCart({
      handset: { id: handset.id, priceFen: handset.price_fen },
      plan: {
        id: plan.id,
        monthlyFeeFen: plan.monthly_fee_fen,
        handsetSubsidyFen: plan.handset_subsidy_fen,
        contractMonths: plan.contract_months,
      },
      number: null,
    });
    const id = randomUUID();
    return {
      id,
      ticket: ticketFromUuid(id),
      storeId,
      handsetId: handset.id,
      colour: null,
      planId: plan.id,
      number: null,
      customer: { name: '王小明', idNumber, phone: '13012345678' },
      lines: priced.lines,
      totalFen: priced.totalFen,
      createdAt: start + i,
    };
  });
}

function rawRow(draft: OrderDraft, deviceId: string): Insertable<OrdersTable> {
  return {
    id: draft.id,
    ticket: draft.ticket,
    store_id: draft.storeId,
    device_id: deviceId,
    handset_id: draft.handsetId,
    colour: draft.colour,
    plan_id: draft.planId,
    number: draft.number,
    customer_name: draft.customer.name,
    id_number: draft.customer.idNumber,
    customer_phone: draft.customer.phone,
    lines: JSON.stringify(draft.lines),
    total_fen: draft.totalFen,
    status: 'received',
    device_created_at: draft.createdAt,
    received_at: Date.now(),
    clock_offset_ms: 0,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function rawInsertRate(
  db: Kysely<Database>,
  drafts: OrderDraft[],
  batch: number,
  deviceId: string,
) {
  const started = performance.now();
  for (const part of chunks(drafts, batch)) {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('orders')
        .values(part.map((draft) => rawRow(draft, deviceId)))
        .execute();
    });
  }
  const seconds = (performance.now() - started) / 1000;
  for (const part of chunks(drafts, 500)) {
    await db
      .deleteFrom('orders')
      .where(
        'id',
        'in',
        part.map((draft) => draft.id),
      )
      .execute();
  }
  return drafts.length / seconds;
}

async function pushRate(url: string, token: string, drafts: OrderDraft[], batch: number) {
  const started = performance.now();
  for (const part of chunks(drafts, batch)) {
    const response = await fetch(`${url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        sentAt: Date.now(),
        mutations: part.map((draft) => ({
          id: randomUUID(),
          type: 'order.place',
          payload: draft,
          createdAt: draft.createdAt,
        })),
      }),
    });
    const body = (await response.json()) as PushResponse;
    const notApplied = body.results.filter((result) => result.status !== 'applied');
    if (!response.ok || notApplied.length > 0) {
      throw new Error(`push failed: ${response.status} ${JSON.stringify(notApplied[0] ?? body)}`);
    }
  }
  return drafts.length / ((performance.now() - started) / 1000);
}

export async function benchIngest(kinds: DbKind[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of kinds) {
    const server = await startBenchServer(kind, {
      handsets: 60,
      numbersPerStore: 10,
      stockPerStore: 10,
      orders: 0,
      days: 1,
    });
    try {
      const { token, storeId, deviceId } = await enrolDevice(server.url);
      for (const batch of [100, 500]) {
        // Warm both paths once so JIT and caches do not favour the one measured second.
        await rawInsertRate(
          server.db,
          await makeDrafts(server.db, storeId, batch),
          batch,
          deviceId,
        );
        await pushRate(server.url, token, await makeDrafts(server.db, storeId, batch), batch);
        const raw = await rawInsertRate(
          server.db,
          await makeDrafts(server.db, storeId, ordersPerRun),
          batch,
          deviceId,
        );
        const push = await pushRate(
          server.url,
          token,
          await makeDrafts(server.db, storeId, ordersPerRun),
          batch,
        );
        rows.push({
          figure: `push ingest, ${kind}, batches of ${batch}`,
          value: `${fmt(push)} orders/s`,
          baseline: `${fmt(raw)} rows/s raw insert`,
          ratio: `${fmt(push / raw, 2)}×`,
          target: '≥ 0.5×',
        });
      }
    } finally {
      await server.close();
    }
  }
  printTable(`Push ingest (${fmt(ordersPerRun)} orders per figure)`, rows);
  return rows;
}
