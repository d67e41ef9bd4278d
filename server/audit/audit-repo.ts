import type { AuditAction, AuditEntry } from '../../shared';
import type { Db } from '../db/schema';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  target: string;
  storeId: string | null;
  /** What changed: no passwords, tokens or customers' personal data. */
  detail?: Record<string, unknown>;
}

/** Appends to the audit log, in the caller's transaction so the change and its entry agree. */
export async function audit(db: Db, record: AuditRecord, at: number): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor_id: record.actorId,
      action: record.action,
      target: record.target,
      store_id: record.storeId,
      detail: JSON.stringify(record.detail ?? {}),
    })
    .execute();
}

/** Newest first; `storeId` null: every store's entries and HQ's own (store-less) ones. */
export async function listAudit(
  db: Db,
  query: { storeId: string | null; action?: AuditAction; before?: number; limit: number },
): Promise<{ entries: AuditEntry[]; next: number | null }> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.at', 'a.actor_id', 'u.display_name', 'a.action', 'a.target', 'a.store_id'])
    .select('a.detail')
    .$if(query.storeId !== null, (q) => q.where('a.store_id', '=', query.storeId))
    .$if(query.action !== undefined, (q) => q.where('a.action', '=', query.action ?? ''))
    .$if(query.before !== undefined, (q) => q.where('a.id', '<', query.before ?? 0))
    .orderBy('a.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: Number(row.id),
      at: Number(row.at),
      actorId: row.actor_id,
      actorName: row.display_name,
      action: row.action as AuditAction,
      target: row.target,
      storeId: row.store_id,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    })),
    next: rows.length > query.limit ? Number(page.at(-1)?.id) : null,
  };
}
