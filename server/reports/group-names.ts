import {
  districtKeyOf,
  type OrderStatus,
  type ReportName,
  type SalesFilterName,
  type SalesFilters,
  type SalesGroupBy,
} from '../../shared';
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
                  key: districtKeyOf(store),
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

const statusNames: Record<OrderStatus, ReportName> = {
  received: { zh: '已接收', en: 'Received' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  activated: { zh: '已开通', en: 'Activated' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

const groupOfFilter = {
  zoneId: 'zone',
  handsetId: 'handset',
  planId: 'plan',
  bundleId: 'bundle',
  clerkId: 'clerk',
} as const satisfies Partial<Record<SalesFilterName, SalesGroupBy>>;

/** The name of each applied filter's value, as a CSV's footer spells out what it holds. */
export async function filterValueNames(
  db: Db,
  filters: SalesFilters,
): Promise<Partial<Record<SalesFilterName, ReportName>>> {
  const names: Partial<Record<SalesFilterName, ReportName>> = {};
  if (filters.storeType) names.storeType = storeTypeNames[filters.storeType];
  if (filters.district) names.district = same(filters.district.replace('/', ' '));
  if (filters.status) names.status = statusNames[filters.status];
  for (const [filter, groupBy] of Object.entries(groupOfFilter) as [
    keyof typeof groupOfFilter,
    SalesGroupBy,
  ][]) {
    const id = filters[filter];
    if (id !== undefined) names[filter] = (await namesFor(db, groupBy, [id]))[0]!.name;
  }
  return names;
}
