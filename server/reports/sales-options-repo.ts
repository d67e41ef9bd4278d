import type { ReportName, SalesFilterOption, SalesOptions } from '../../shared';
import type { Db } from '../db/schema';
import { namesFor } from './group-names';

const byName = (a: SalesFilterOption, b: SalesFilterOption) =>
  (a.group ?? '').localeCompare(b.group ?? '', 'zh-CN') ||
  a.name.zh.localeCompare(b.name.zh, 'zh-CN') ||
  a.key.localeCompare(b.key);

/** Named keys without repeats (stores fold into a few types and districts), sorted by name. */
function distinct(named: readonly { key: string | null; name: ReportName }[]): SalesFilterOption[] {
  const seen = new Map<string, SalesFilterOption>();
  for (const { key, name } of named)
    if (key !== null && !seen.has(key)) seen.set(key, { key, name });
  return [...seen.values()].sort(byName);
}

const same = (text: string): ReportName => ({ zh: text, en: text });

/**
 * The sales page's filter choices for a store scope, read from what the server knows rather
 * than from the sales (a year of them is a million rollup rows to scan): the scope's store
 * types and districts and its clerks (switched-off ones too: their sales stay), and the whole
 * catalogue of zones, handsets, plans and bundles, withdrawn ones included — old orders keep
 * them. Handsets carry their brand and, for HQ, clerks their store, as the page's groups.
 */
export async function salesOptions(
  db: Db,
  scope: { storeId: string | undefined },
): Promise<SalesOptions> {
  let stores = db.selectFrom('stores').select(['id', 'name']);
  if (scope.storeId !== undefined) stores = stores.where('id', '=', scope.storeId);
  let clerks = db
    .selectFrom('users')
    .innerJoin('stores', 'stores.id', 'users.store_id')
    .select(['users.id', 'users.display_name', 'stores.name as store'])
    .where('users.role', '=', 'clerk');
  if (scope.storeId !== undefined) clerks = clerks.where('users.store_id', '=', scope.storeId);
  const [storeRows, clerkRows, zones, handsets, plans, bundleRows] = await Promise.all([
    stores.execute(),
    clerks.execute(),
    db.selectFrom('zones').select(['id', 'name_zh', 'name_en']).execute(),
    db.selectFrom('handsets').select(['id', 'brand', 'model']).execute(),
    db.selectFrom('plans').select(['id', 'name_zh', 'name_en']).execute(),
    db.selectFrom('bundles').select('id').execute(),
  ]);
  const storeIds = storeRows.map((store) => store.id);
  const bundleNames = await namesFor(
    db,
    'bundle',
    bundleRows.map((b) => b.id),
  );
  const [storeTypes, districts] = await Promise.all([
    namesFor(db, 'storeType', storeIds).then(distinct),
    namesFor(db, 'district', storeIds).then(distinct),
  ]);
  const named = (rows: { id: string; name_zh: string; name_en: string }[]) =>
    distinct(rows.map((row) => ({ key: row.id, name: { zh: row.name_zh, en: row.name_en } })));
  return {
    storeId: scope.storeId ?? null,
    storeTypes,
    districts,
    zones: named(zones),
    handsets: handsets
      .map((h) => ({ key: h.id, name: same(`${h.brand} ${h.model}`), group: h.brand }))
      .sort(byName),
    plans: named(plans),
    bundles: distinct(bundleNames),
    clerks: clerkRows
      .map((c) => ({
        key: c.id,
        name: same(c.display_name),
        ...(scope.storeId === undefined ? { group: c.store } : {}),
      }))
      .sort(byName),
  };
}
