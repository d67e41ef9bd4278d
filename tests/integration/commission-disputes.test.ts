import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commissionPeriod, commissionStatementSchema, disputeSchema } from '../../shared';
import { placeOrderAt, step } from './order-life-helpers';
import { call, enrolKiosk, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';
const clerkId = `user-${storeId}-clerk1`;

describe.each(dbKinds)('commission disputes on %s', (kind) => {
  let server: TestServer;
  let period: string;
  let lineIds: number[] = [];
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(kind);
    cookies.hq = await signIn(server.url, 'hq', 'showroom-hq');
    cookies.clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
    cookies.clerk2 = await signIn(server.url, `${storeId}-clerk2`, 'showroom-clerk');
    cookies.manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
    cookies.otherManager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    const kiosk = await enrolKiosk(server.url, cookies.hq, storeId);
    const { draft } = await placeOrderAt(server.url, server.db, kiosk.token, { storeId, stock: 5 });
    await step(server.url, cookies.clerk!, draft.id, 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    await step(server.url, cookies.clerk!, draft.id, 'activate', {});
    period = commissionPeriod(Date.now());
    const lines = await server.db
      .selectFrom('commission_ledger')
      .select('id')
      .where('order_id', '=', draft.id)
      .orderBy('id')
      .execute();
    lineIds = lines.map((line) => Number(line.id));
    expect(lineIds.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => server?.close());

  const open = (cookie: string | undefined, body: unknown) =>
    call(server.url, '/api/commission/disputes', { cookie, method: 'POST', body });
  const answer = (cookie: string | undefined, id: number, body: unknown) =>
    call(server.url, `/api/commission/disputes/${id}/answer`, { cookie, method: 'POST', body });
  const list = (cookie: string, query = '') =>
    call(server.url, `/api/commission/disputes${query}`, { cookie });
  const statement = async () =>
    commissionStatementSchema.parse(
      (
        await call(server.url, `/api/commission/statement?period=${period}`, {
          cookie: cookies.clerk,
        })
      ).body,
    );
  const snapshot = async () => ({
    disputes: await server.db.selectFrom('commission_disputes').selectAll().orderBy('id').execute(),
    ledger: await server.db.selectFrom('commission_ledger').selectAll().orderBy('id').execute(),
    audit: (await server.db.selectFrom('audit_log').select('id').execute()).length,
  });

  let disputeId = 0;

  it('lets a clerk dispute their own line, once while it is open, and audits it', async () => {
    const lineId = lineIds[0]!;
    const reply = await open(cookies.clerk, { lineId, message: '  The plan was ¥186, not ¥96  ' });
    expect(reply.status).toBe(201);
    const dispute = disputeSchema.parse(reply.body);
    expect(dispute).toMatchObject({
      lineId,
      clerkId,
      storeId,
      status: 'open',
      message: 'The plan was ¥186, not ¥96',
    });
    disputeId = dispute.id;
    const again = await open(cookies.clerk, { lineId, message: 'Again' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('dispute_open');
    const entry = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'commission.dispute_opened')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      actor_id: clerkId,
      store_id: storeId,
      target: `dispute:${disputeId}`,
    });
    const line = (await statement()).lines.find((l) => l.id === lineId);
    expect(line?.dispute).toEqual({ id: disputeId, status: 'open' });
  });

  it('refuses a line of someone else, or one that does not exist, and writes nothing', async () => {
    const before = await snapshot();
    for (const cookie of [cookies.clerk2, cookies.manager, cookies.hq, cookies.otherManager]) {
      expect((await open(cookie, { lineId: lineIds[1], message: 'Mine?' })).status).toBe(403);
    }
    expect((await open(cookies.clerk, { lineId: 2_000_000_000, message: 'Where?' })).status).toBe(
      404,
    );
    expect((await open(undefined, { lineId: lineIds[1], message: 'Who?' })).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['an empty message', { lineId: 1, message: '   ' }],
    ['a message of 501 characters', { lineId: 1, message: 'x'.repeat(501) }],
    ['a line id as text', { lineId: '1', message: 'Hm' }],
    ['a negative line id', { lineId: -1, message: 'Hm' }],
    ['a line id past 32 bits', { lineId: 2 ** 40, message: 'Hm' }],
    ['an object for a message', { lineId: 1, message: { $gt: '' } }],
    ['no body', undefined],
  ])('refuses %s with 400 and writes nothing', async (_name, body) => {
    const before = await snapshot();
    const reply = await open(cookies.clerk, body);
    expect(reply.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('lists a clerk’s own disputes, a manager’s store’s, HQ any', async () => {
    const ids = (reply: { body: { disputes: { id: number }[] } }) =>
      reply.body.disputes.map((d) => d.id);
    expect(ids(await list(cookies.clerk!))).toEqual([disputeId]);
    expect(ids(await list(cookies.clerk2!))).toEqual([]);
    expect(ids(await list(cookies.manager!))).toEqual([disputeId]);
    expect(ids(await list(cookies.manager!, '?status=open'))).toEqual([disputeId]);
    expect(ids(await list(cookies.manager!, '?status=upheld'))).toEqual([]);
    expect(ids(await list(cookies.otherManager!))).toEqual([]);
    expect((await list(cookies.otherManager!, `?storeId=${storeId}`)).status).toBe(403);
    expect((await list(cookies.clerk2!, `?storeId=bj-xidan`)).status).toBe(403);
    expect(ids(await list(cookies.hq!))).toEqual([disputeId]);
    expect(ids(await list(cookies.hq!, '?storeId=bj-xidan'))).toEqual([]);
    expect((await list(cookies.hq!, '?status=maybe')).status).toBe(400);
  });

  it.each([
    ['a decision nobody knows', { decision: 'approved', message: 'Ok' }],
    ['a rejection with an adjustment', { decision: 'rejected', message: 'No', adjustmentFen: 500 }],
    ['an adjustment of ¥0', { decision: 'upheld', message: 'Ok', adjustmentFen: 0 }],
    [
      'an adjustment in fractions of a fen',
      { decision: 'upheld', message: 'Ok', adjustmentFen: 1.5 },
    ],
    ['an adjustment of ¥10 million', { decision: 'upheld', message: 'Ok', adjustmentFen: 1e9 }],
    ['no message', { decision: 'upheld' }],
  ])('refuses an answer with %s (400) and changes nothing', async (_name, body) => {
    const before = await snapshot();
    expect((await answer(cookies.manager, disputeId, body)).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('lets only the store’s manager or HQ answer', async () => {
    const before = await snapshot();
    const body = { decision: 'rejected', message: 'No' };
    expect((await answer(cookies.clerk, disputeId, body)).status).toBe(403);
    expect((await answer(cookies.clerk2, disputeId, body)).status).toBe(403);
    expect((await answer(cookies.otherManager, disputeId, body)).status).toBe(403);
    expect((await answer(undefined, disputeId, body)).status).toBe(401);
    expect((await answer(cookies.manager, 999_999, body)).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('upholds with an adjustment line appended to the ledger, audited, in the statement', async () => {
    const before = await statement();
    const ledgerBefore = (await snapshot()).ledger;
    const reply = await answer(cookies.manager, disputeId, {
      decision: 'upheld',
      message: 'Right: ¥30 more',
      adjustmentFen: 3000,
    });
    expect(reply.status).toBe(200);
    expect(disputeSchema.parse(reply.body)).toMatchObject({
      status: 'upheld',
      answer: 'Right: ¥30 more',
      adjustmentFen: 3000,
    });
    const ledgerAfter = (await snapshot()).ledger;
    // Append-only: every earlier line is as it was, one line more.
    expect(ledgerAfter.slice(0, ledgerBefore.length)).toEqual(ledgerBefore);
    expect(ledgerAfter.slice(ledgerBefore.length)).toMatchObject([
      { kind: 'adjustment', amount_fen: 3000, clerk_id: clerkId, store_id: storeId, period },
    ]);
    const after = await statement();
    expect(after.totals.adjustmentFen).toBe(before.totals.adjustmentFen + 3000);
    expect(after.totals.totalFen).toBe(before.totals.totalFen + 3000);
    expect(after.lines.find((l) => l.id === lineIds[0])?.dispute?.status).toBe('upheld');
    const entry = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'commission.dispute_answered')
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(`user-${storeId}-manager`);
    expect(JSON.parse(entry.detail)).toMatchObject({ decision: 'upheld', adjustmentFen: 3000 });
    // An answered dispute stays answered.
    const again = await answer(cookies.hq, disputeId, { decision: 'rejected', message: 'No' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('dispute_answered');
  });

  it('takes a new dispute of an answered line; a second adjustment of it is refused whole', async () => {
    const reopened = await open(cookies.clerk, { lineId: lineIds[0], message: 'Still short' });
    expect(reopened.status).toBe(201);
    const before = await snapshot();
    const refused = await answer(cookies.hq, reopened.body.id, {
      decision: 'upheld',
      message: 'More',
      adjustmentFen: 100,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('adjustment_exists');
    expect(await snapshot()).toEqual(before);
    const rejected = await answer(cookies.hq, reopened.body.id, {
      decision: 'rejected',
      message: 'Paid already',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', answeredByName: expect.any(String) });
    expect((await snapshot()).ledger).toEqual(before.ledger);
  });

  it('keeps one open dispute per line when two arrive at once', async () => {
    const lineId = lineIds[1]!;
    const replies = await Promise.all([
      open(cookies.clerk, { lineId, message: 'One' }),
      open(cookies.clerk, { lineId, message: 'Two' }),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
    const openOnes = await server.db
      .selectFrom('commission_disputes')
      .select('id')
      .where('line_id', '=', lineId)
      .where('status', '=', 'open')
      .execute();
    expect(openOnes).toHaveLength(1);
  });

  it('shows a manager their store’s clerks and their totals, never another store’s', async () => {
    const reply = await call(server.url, `/api/commission/summary?period=${period}`, {
      cookie: cookies.manager,
    });
    expect(reply.status).toBe(200);
    const own = reply.body.clerks.find((c: { clerkId: string }) => c.clerkId === clerkId);
    expect(own.totals).toEqual((await statement()).totals);
    expect(own.openDisputes).toBe(1);
    const summary = (cookie: string, query: string) =>
      call(server.url, `/api/commission/summary?period=${period}${query}`, { cookie });
    expect((await summary(cookies.otherManager!, `&storeId=${storeId}`)).status).toBe(403);
    expect((await summary(cookies.clerk!, '')).status).toBe(403);
    expect((await summary(cookies.hq!, '')).status).toBe(400);
    expect((await summary(cookies.hq!, `&storeId=${storeId}`)).body).toEqual(reply.body);
  });
});
