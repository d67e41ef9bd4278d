import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import type { Insertable, Kysely } from 'kysely';
import type { OrderDraft, PushResponse } from '../shared';
import type { Database, OrdersTable } from '../server/db/schema';
import { enrolDevice, startBenchServer, type DbKind } from './support/server';
import { makeDrafts } from './support/drafts';
import { fmt, median, printTable, type Row } from './support/report';

/**
 * Push ingest: orders per second through `POST /api/sync/push`, beside the raw insert rate of
 * the same order rows into the same database in the same run (one multi-row insert per
 * transaction of the same batch size).
 */
const ordersPerRun = Number(process.env.BENCH_INGEST_ORDERS ?? 10_000);

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
    corrected_at: draft.createdAt,
    clock_suspect: null,
    consent_text_version: draft.consent.textVersion,
    consent_given_at: draft.consent.givenAt,
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

/**
 * The kiosk serialises each batch before it sends it (its outbox holds the mutations ready)
 * and reads the answer after; that work is the kiosk's, not the server's, so the bodies are
 * encoded before the clock starts and the answers checked after it stops. Only `sentAt` is
 * stamped at sending time, as the kiosk does.
 */
function pushBodies(drafts: OrderDraft[], batch: number): Buffer[] {
  return chunks(drafts, batch).map((part) =>
    Buffer.from(
      JSON.stringify({
        mutations: part.map((draft) => ({
          id: randomUUID(),
          type: 'order.place',
          payload: draft,
          createdAt: draft.createdAt,
        })),
      }).slice(1), // without its "{": the stamped sentAt goes first
    ),
  );
}

/**
 * One POST on a kept-alive connection with node:http. The kiosk is another machine: its
 * HTTP client's work should weigh as little as possible on the server's figure, and fetch's
 * web streams cost this process several times what a plain request does.
 */
function post(
  url: URL,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent: keepAlive,
        headers: { ...headers, 'content-length': String(body.length) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });

async function pushRate(url: string, token: string, drafts: OrderDraft[], batch: number) {
  const bodies = pushBodies(drafts, batch);
  const endpoint = new URL('/api/sync/push', url);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const answers: { status: number; text: string }[] = [];
  const started = performance.now();
  for (const body of bodies) {
    const stamped = Buffer.concat([Buffer.from(`{"sentAt":${Date.now()},`), body]);
    answers.push(await post(endpoint, headers, stamped));
  }
  const seconds = (performance.now() - started) / 1000;
  for (const { status, text } of answers) {
    const answer = JSON.parse(text) as PushResponse;
    const notApplied = answer.results?.filter((result) => result.status !== 'applied') ?? [];
    if (status !== 200 || notApplied.length > 0 || answer.results.length === 0) {
      throw new Error(`push failed: ${status} ${JSON.stringify(notApplied[0] ?? answer)}`);
    }
  }
  return drafts.length / seconds;
}

/**
 * Raw and push alternate in rounds (which goes first alternates too) and each figure is the
 * median of its rounds: on a shared machine the load drifts during a run, and measuring all
 * of one path before all of the other let that drift decide the ratio.
 */
const rounds = Number(process.env.BENCH_INGEST_ROUNDS ?? 5);

export async function benchIngest(kinds: DbKind[]): Promise<Row[]> {
  const rows: Row[] = [];
  const perRound = Math.max(500, Math.round(ordersPerRun / rounds));
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
      const raw = (drafts: OrderDraft[], batch: number) =>
        rawInsertRate(server.db, drafts, batch, deviceId);
      const push = (drafts: OrderDraft[], batch: number) =>
        pushRate(server.url, token, drafts, batch);
      for (const batch of [100, 500]) {
        // Warm both paths once so JIT and caches do not favour the one measured second.
        await raw(await makeDrafts(server.db, storeId, batch), batch);
        await push(await makeDrafts(server.db, storeId, batch), batch);
        const rawRates: number[] = [];
        const pushRates: number[] = [];
        const ratios: number[] = [];
        for (let round = 0; round < rounds; round++) {
          const rawDrafts = await makeDrafts(server.db, storeId, perRound);
          const pushDrafts = await makeDrafts(server.db, storeId, perRound);
          let rawRate: number;
          let pushRate: number;
          if (round % 2 === 0) {
            rawRate = await raw(rawDrafts, batch);
            pushRate = await push(pushDrafts, batch);
          } else {
            pushRate = await push(pushDrafts, batch);
            rawRate = await raw(rawDrafts, batch);
          }
          rawRates.push(rawRate);
          pushRates.push(pushRate);
          ratios.push(pushRate / rawRate);
        }
        rows.push({
          figure: `push ingest, ${kind}, batches of ${batch}`,
          value: `${fmt(median(pushRates))} orders/s`,
          baseline: `${fmt(median(rawRates))} rows/s raw insert`,
          ratio: `${fmt(median(ratios), 2)}× (rounds ${ratios.map((r) => fmt(r, 2)).join(', ')})`,
          target: '≥ 0.5×',
        });
      }
    } finally {
      await server.close();
    }
  }
  printTable(
    `Push ingest (${fmt(perRound * rounds)} orders per figure, ${rounds} alternating rounds)`,
    rows,
  );
  return rows;
}
