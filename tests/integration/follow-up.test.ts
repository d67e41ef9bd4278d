import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpSchema } from '../../shared';
import { placeOrderAt, step } from './order-life-helpers';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';

describe.each(dbKinds)('the customer’s follow-up page on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  let clerk: string;
  let dist: string;
  beforeAll(async () => {
    // A front-end build present, so the apps' page fallback is in play too.
    dist = mkdtempSync(join(tmpdir(), 'showroom-follow-dist-'));
    for (const app of ['kiosk', 'admin']) {
      mkdirSync(join(dist, app));
      writeFileSync(join(dist, app, 'index.html'), `<!doctype html><title>${app} app</title>`);
    }
    server = await startTestServer(kind, { distDir: dist });
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, storeId);
    clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('shows the ticket, the status as steps with times, and the store — nothing personal', async () => {
    const { draft, number } = await placeOrderAt(server.url, server.db, kiosk.token, {
      storeId,
      stock: 3,
    });
    await step(server.url, clerk, draft.id, 'confirm', { idChecked: true, paymentTaken: true });
    const page = await call(server.url, `/t/${draft.ticket}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = page.body as string;
    expect(html).toContain(draft.ticket);
    expect(html).toContain('已确认');
    expect(html).toContain('data-status="confirmed"');
    const store = await server.db
      .selectFrom('stores')
      .select('name')
      .where('id', '=', storeId)
      .executeTakeFirstOrThrow();
    expect(html).toContain(store.name);
    expect(html.match(/<time /g)).toHaveLength(2);
    // Short secrets (the number's last four, the price) are looked for in what the page shows,
    // not in its markup, where any four digits of a timestamp or an asset hash could match.
    const shown = html.replace(/<[^>]*>/g, ' ');
    const yuan = String(draft.totalFen / 100);
    for (const secret of [
      draft.customer.name,
      draft.customer.idNumber,
      draft.customer.phone,
      number,
    ]) {
      expect(html).not.toContain(secret);
    }
    for (const secret of [number.slice(-4), `¥${yuan}`, `${yuan}元`, `${yuan}.00`]) {
      expect(shown).not.toContain(secret);
    }

    const english = await call(server.url, `/t/${draft.ticket.toLowerCase()}?lang=en`);
    expect(english.status).toBe(200);
    expect(english.body).toContain('Confirmed');

    const json = await call(server.url, `/api/follow/${draft.ticket}`);
    expect(json.status).toBe(200);
    const facts = followUpSchema.parse(json.body);
    expect(facts.status).toBe('confirmed');
    expect(facts.steps.map((s) => s.status)).toEqual(['received', 'confirmed']);
    expect(Object.keys(json.body).sort()).toEqual(['status', 'steps', 'store', 'ticket']);
    const text = JSON.stringify(json.body);
    for (const secret of [draft.customer.name, draft.customer.phone, number])
      expect(text).not.toContain(secret);
  });

  it('shows a cancelled order as cancelled after the steps it reached', async () => {
    const { draft } = await placeOrderAt(server.url, server.db, kiosk.token, { storeId, stock: 3 });
    await step(server.url, clerk, draft.id, 'cancel', { reason: 'customer_changed_mind' });
    const page = await call(server.url, `/t/${draft.ticket}?lang=en`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-status="cancelled"');
    expect(page.body).not.toContain('customer_changed_mind');
  });

  it('answers an unknown or malformed ticket with a 404 page, not an app', async () => {
    for (const ticket of ['ZZZZ-ZZZZ', '<script>', 'x'.repeat(100)]) {
      const page = await call(server.url, `/t/${encodeURIComponent(ticket)}`);
      expect(page.status).toBe(404);
      expect(page.body).not.toContain('kiosk app');
      expect(page.body).not.toContain('<script>');
    }
    const json = await call(server.url, '/api/follow/ZZZZ-ZZZZ');
    expect(json.status).toBe(404);
    expect(json.body.error.code).toBe('ticket_not_found');
    // The apps' own pages still fall back as before.
    expect((await call(server.url, '/admin/orders')).body).toContain('admin app');
  });
});
