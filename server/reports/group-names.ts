import type { ReportName, SalesGroupBy } from '../../shared';
import type { Db } from '../db/schema';

/** What a null key means for each grouping: the order had none of that thing. */
const noneNames: Partial<Record<SalesGroupBy, ReportName>> = {
  zone: { zh: '未经专区', en: 'Not from a zone' },
  handset: { zh: '不含手机', en: 'No handset' },
  plan: { zh: '不含套餐', en: 'No plan' },
  bundle: { zh: '非组合优惠', en: 'No bundle' },
  clerk: { zh: '门店自售', en: "Store's own sale" },
};

const storeTypeNames: Record<string, ReportName> = {
  own: { zh: '自营店', en: 'Own store' },
  partner: { zh: '合作店', en: 'Partner store' },
};

export interface NamedKey {
  key: string | null;
  name: ReportName;
}

const same = (text: string): ReportName => ({ zh: text, en: text });

/**
 * The group and its name for each grouped key, in the same order. Stores map onto their type
 * or district here, so the SQL groups by one column whatever the grouping.
 */
export async function namesFor(
  db: Db,
  groupBy: SalesGroupBy,
  keys: readonly (string | null)[],
): Promise<NamedKey[]> {
  const ids = [...new Set(keys.filter((key): key is string => key !== null))];
  const lookup = await lookupNames(db, groupBy, ids);
  return keys.map((key) => {
    if (key === null) return { key: null, name: noneNames[groupBy] ?? same('—') };
    return lookup.get(key) ?? { key, name: same(key) };
  });
}

async function lookupNames(
  db: Db,
  groupBy: SalesGroupBy,
  ids: string[],
): Promise<Map<string, NamedKey>> {
  const named = new Map<string, NamedKey>();
  if (ids.length === 0) return named;
  switch (groupBy) {
    case 'store':
    case 'storeType':
    case 'district': {
      const stores = await db
        .selectFrom('stores')
        .select(['id', 'name', 'city', 'district', 'type'])
        .where('id', 'in', ids)
        .execute();
      for (const store of stores) {
        const group: NamedKey =
          groupBy === 'store'
            ? { key: store.id, name: same(store.name) }
            : groupBy === 'storeType'
              ? { key: store.type, name: storeTypeNames[store.type] ?? same(store.type) }
              : {
                  key: `${store.city}/${store.district}`,
                  name: same(`${store.city} ${store.district}`),
                };
        named.set(store.id, group);
      }
      return named;
    }
    case 'zone': {
      const zones = await db
        .selectFrom('zones')
        .select(['id', 'name_zh', 'name_en'])
        .where('id', 'in', ids)
        .execute();
      for (const z of zones) named.set(z.id, { key: z.id, name: { zh: z.name_zh, en: z.name_en } });
      return named;
    }
    case 'handset': {
      const handsets = await db
        .selectFrom('handsets')
        .select(['id', 'brand', 'model'])
        .where('id', 'in', ids)
        .execute();
      for (const h of handsets) named.set(h.id, { key: h.id, name: same(`${h.brand} ${h.model}`) });
      return named;
    }
    case 'plan': {
      const plans = await db
        .selectFrom('plans')
        .select(['id', 'name_zh', 'name_en'])
        .where('id', 'in', ids)
        .execute();
      for (const p of plans) named.set(p.id, { key: p.id, name: { zh: p.name_zh, en: p.name_en } });
      return named;
    }
    case 'bundle': {
      const bundles = await db
        .selectFrom('bundles')
        .select(['id', 'data'])
        .where('id', 'in', ids)
        .execute();
      for (const b of bundles) named.set(b.id, { key: b.id, name: bundleName(b.data, b.id) });
      return named;
    }
    case 'clerk': {
      const users = await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', ids)
        .execute();
      for (const u of users) named.set(u.id, { key: u.id, name: same(u.display_name) });
      return named;
    }
    default:
      return named;
  }
}

/** A bundle's name from its stored JSON; an unreadable row shows its id rather than failing. */
function bundleName(data: string, id: string): ReportName {
  try {
    const name = (JSON.parse(data) as { name?: Partial<ReportName> }).name;
    if (typeof name?.zh === 'string' && typeof name.en === 'string')
      return { zh: name.zh, en: name.en };
  } catch {
    // fall through
  }
  return same(id);
}
