import { join } from 'node:path';
import { createDb } from '../server/db/create-db';
import { honestDraft, orderMutation, storeNumbers } from '../tests/integration/support/fixtures';
import { call } from '../tests/integration/support/http-client';

const store = 'bj-xidan';

/**
 * Fills the demo store's conflict queue as a store sees it after a day offline, for the
 * console's numbers screenshot: two kiosks sold one number (the second order waits for another
 * number), and a kiosk priced an order at yesterday's handset price (it waits for today's
 * total). Kiosks enrol through the demo enrolment, so no console sign-in is spent (the login
 * rate limit is the screenshots' own budget).
 */
export async function queueDemoConflicts(server: { url: string; dataDir: string }) {
  const db = await createDb({ sqliteFile: join(server.dataDir, 'showroom.sqlite') });
  try {
    const [first, second] = [await demoKiosk(server.url), await demoKiosk(server.url)];
    const push = (token: string, draft: Awaited<ReturnType<typeof honestDraft>>) =>
      call(server.url, '/api/sync/push', {
        token,
        body: { mutations: [orderMutation(draft)], sentAt: Date.now() },
      });
    const [contested] = await storeNumbers(db.db, store);
    await push(first, await honestDraft(db.db, { storeId: store, number: contested }));
    await push(second, await honestDraft(db.db, { storeId: store, number: contested }));

    const today = await honestDraft(db.db, { storeId: store });
    const yesterday = 100_00;
    await push(first, {
      ...today,
      lines: today.lines.map((line) =>
        line.kind === 'handset' ? { ...line, unitFen: line.unitFen - yesterday } : line,
      ),
      totalFen: today.totalFen - yesterday,
    });
  } finally {
    await db.close();
  }
}

async function demoKiosk(base: string): Promise<string> {
  const code = await call(base, '/api/devices/demo-enrolment');
  const enrolled = await call(base, '/api/devices/enrol', {
    body: { code: code.body.code, label: 'Screenshot kiosk' },
  });
  if (enrolled.status !== 200) throw new Error(`enrol: ${enrolled.status}`);
  return enrolled.body.token as string;
}
