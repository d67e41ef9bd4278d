import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Change, ContentChange, Experience, Handset } from '../../../shared';
import type { Database } from '../../../server/db/schema';
import { handsetFromRow } from '../../../server/content/handsets-repo';
import { bundleFromJson } from '../../../server/content/offers-repo';
import { experienceFromRow } from '../../../server/content/zones-repo';
import { call } from './http-client';

export interface MediaRoot {
  root: string;
  has(path: string): boolean;
  sha256(name: string): string;
  bytes(name: string): number;
  remove(): void;
}

/** A media root of small made-up files: some of the demo's clips plus one a version brings. */
export function makeMediaRoot(): MediaRoot {
  const root = mkdtempSync(join(tmpdir(), 'showroom-media-'));
  mkdirSync(join(root, 'media'));
  const files: Record<string, string> = {
    'video-call.webm': 'video call clip',
    'mobile-tv.webm': 'mobile tv clip',
    'maps.webm': 'maps clip',
    'spring-promo.webm': 'spring promotion clip',
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, 'media', name), content);
  }
  return {
    root,
    has: (path) => path.startsWith('/media/') && path.slice('/media/'.length) in files,
    sha256: (name) =>
      createHash('sha256')
        .update(files[name] ?? '')
        .digest('hex'),
    bytes: (name) => Buffer.byteLength(files[name] ?? ''),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export async function handsetOf(db: Kysely<Database>, id?: string): Promise<Handset> {
  const row = await db
    .selectFrom('handsets')
    .selectAll()
    .$if(id !== undefined, (q) => q.where('id', '=', id ?? ''))
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return handsetFromRow(row);
}

/** The seeded experiences' ids, in id order (the demo's list may grow; tests take a few). */
export async function experienceIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('experiences').select('id').orderBy('id').execute();
  return rows.map((row) => row.id);
}

export async function experienceOf(db: Kysely<Database>, id: string): Promise<Experience> {
  const row = await db
    .selectFrom('experiences')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return experienceFromRow(row);
}

export const handsetPut = (handset: Handset): ContentChange => ({
  entity: 'handset',
  key: handset.id,
  op: 'put',
  data: handset,
});

export async function lastSeq(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirstOrThrow();
  return Number(row.seq ?? 0);
}

/** Everything a kiosk pulls after `since`, page by page. */
export async function pullAll(base: string, token: string, since = 0): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = since;
  for (;;) {
    const reply = await call(base, `/api/sync/pull?since=${cursor}&limit=1000`, { token });
    if (reply.status !== 200) throw new Error(`pull: ${reply.status}`);
    changes.push(...(reply.body.changes as Change[]));
    cursor = reply.body.cursor;
    if (!reply.body.more) return changes;
  }
}

/** The ids of the gift boxes on offer that hold a value-added service. */
export async function boxesWithService(db: Kysely<Database>, serviceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bundles')
    .select('data')
    .where('withdrawn_at', 'is', null)
    .execute();
  return rows
    .map((row) => bundleFromJson(row.data))
    .filter((box) => box.serviceIds.includes(serviceId))
    .map((box) => box.id);
}
