import type { Kysely } from 'kysely';
import { handsetStockSchema, type Handset, type HandsetStock } from '../../shared';
import { hashPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { insertUsers } from '../auth/users-repo';
import { insertHandsets } from '../content/handsets-repo';
import { insertNumbers } from '../content/numbers-repo';
import { insertOffers, publishClerkBadges } from '../content/offers-repo';
import { insertPlans } from '../content/plans-repo';
import { insertStock, stockId } from '../content/stock-repo';
import { publishVersion } from '../content/publish-version';
import { defaultMediaRoots } from '../content/version-media';
import { insertVersion } from '../content/versions-repo';
import { insertExperiences, insertZones } from '../content/zones-repo';
import type { Database } from '../db/schema';
import { insertOrderEvents, insertOrders } from '../orders/orders-repo';
import { addOrdersToRollup } from '../reports/sales-rollup';
import { insertStores } from '../stores/stores-repo';
import { seedDemoCommission } from './demo-commission';
import { seedDemoAnalytics } from './demo-analytics';
import { demoNumberPools } from './demo-numbers';
import { demoBadge, demoBundles, demoServices } from './demo-offers';
import { demoOrderHistory, type StoreStaff } from './demo-orders';
import { demoPlans } from './demo-plans';
import { clerkLogin, demoPasswords, demoStores, managerLogin } from './demo-stores';
import { demoExperiences, demoZones } from './demo-zones';
import { loadDemoHandsets } from './handsets-csv';
import { seededRandom, type Random } from './random';

/** The id of the version that closes the seeded content. */
export const demoVersionId = 'demo-content-1';

export interface DemoSize {
  /** How many handsets of the dataset (all 1,219 by default; tests take fewer). */
  handsets: number;
  numbersPerStore: number;
  stockPerStore: number;
  orders: number;
  days: number;
}

export const fullDemo: DemoSize = {
  handsets: Infinity,
  numbersPerStore: 500,
  stockPerStore: 250,
  orders: 3000,
  days: 180,
};

export interface DemoLogin {
  login: string;
  password: string;
  role: 'hq' | 'manager' | 'clerk';
  storeId: string | null;
}

export interface DemoSummary {
  stores: number;
  handsets: number;
  numbers: number;
  orders: number;
  logins: DemoLogin[];
}

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const store = await db.selectFrom('stores').select('id').executeTakeFirst();
  const user = await db.selectFrom('users').select('id').executeTakeFirst();
  return !store && !user;
}

function demoLogins(admin: { login: string; password: string }): DemoLogin[] {
  return [
    { ...admin, role: 'hq', storeId: null },
    ...demoStores.flatMap((store): DemoLogin[] => [
      {
        login: managerLogin(store.id),
        password: demoPasswords.manager,
        role: 'manager',
        storeId: store.id,
      },
      {
        login: clerkLogin(store.id, 1),
        password: demoPasswords.clerk,
        role: 'clerk',
        storeId: store.id,
      },
      {
        login: clerkLogin(store.id, 2),
        password: demoPasswords.clerk,
        role: 'clerk',
        storeId: store.id,
      },
    ]),
  ];
}

/** Stocks recent models more often than old ones, a few of them sold out. */
function demoStock(
  storeId: string,
  handsets: Handset[],
  perStore: number,
  random: Random,
): HandsetStock[] {
  const ranked = handsets
    .map((handset) => ({ handset, score: random.next() + (handset.year - 2008) * 0.25 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, perStore);
  return ranked.map(({ handset }) =>
    handsetStockSchema.parse({
      id: stockId(storeId, handset.id),
      storeId,
      handsetId: handset.id,
      quantity: random.chance(0.1) ? 0 : random.int(1, 30),
    }),
  );
}

/**
 * Seeds a believable demo into an empty database in one transaction: stores, people, zones,
 * experiences, the real handset catalogue, plans, number pools, stock, kiosks and months of
 * orders. Every content row also lands in the change log, so a new kiosk pulls all of it.
 */
export async function seedDemo(
  db: Kysely<Database>,
  options: {
    adminLogin: string;
    adminPassword: string;
    now?: number;
    size?: Partial<DemoSize>;
    /** Where the demo's `/media/…` files are hashed for its content version. */
    mediaRoots?: readonly string[];
  },
): Promise<DemoSummary> {
  const size = { ...fullDemo, ...options.size };
  const now = options.now ?? Date.now();
  const random = seededRandom(20_090_107); // 3G licences in China were issued on 7 January 2009
  const logins = demoLogins({ login: options.adminLogin, password: options.adminPassword });
  const hashes = await Promise.all(logins.map((login) => hashPassword(login.password)));
  const displayNames = new Map<string, string>(
    demoStores.flatMap((store) => [
      [managerLogin(store.id), store.manager],
      [clerkLogin(store.id, 1), store.clerks[0]],
      [clerkLogin(store.id, 2), store.clerks[1]],
    ]),
  );
  const userId = (login: string) => `user-${login}`;
  const badges = new Map<string, { storeId: string; badge: string }>(
    demoStores.flatMap((store) =>
      ([1, 2] as const).map((n) => [
        clerkLogin(store.id, n),
        { storeId: store.id, badge: demoBadge(store.sort, n) },
      ]),
    ),
  );

  const handsets = loadDemoHandsets().slice(0, size.handsets);
  const plans = demoPlans;
  const numbers = demoNumberPools(
    demoStores.map((s) => s.id),
    size.numbersPerStore,
    random,
  );
  const stock = demoStores.flatMap((store) =>
    demoStock(store.id, handsets, size.stockPerStore, random),
  );
  const staff: StoreStaff[] = demoStores.map((store) => ({
    store,
    deviceIds: [random.uuid(), random.uuid()],
    managerId: userId(managerLogin(store.id)),
    clerkIds: [userId(clerkLogin(store.id, 1)), userId(clerkLogin(store.id, 2))],
    handsets: handsets.filter((h) =>
      stock.some((s) => s.storeId === store.id && s.handsetId === h.id),
    ),
  }));
  const history = demoOrderHistory({
    staff,
    plans,
    numbers,
    count: size.orders,
    days: size.days,
    now,
    random,
  });

  await db.transaction().execute(async (trx) => {
    await insertStores(
      trx,
      demoStores.map(({ id, name, city, district, type, sort }) => ({
        id,
        name,
        city,
        district,
        type,
        sort,
      })),
      now,
    );
    await insertUsers(
      trx,
      logins.map((login, i) => ({
        id: userId(login.login),
        login: login.login,
        display_name:
          login.role === 'hq' ? '总部管理员' : (displayNames.get(login.login) ?? login.login),
        role: login.role,
        store_id: login.storeId,
        password_hash: hashes[i] ?? '',
        created_at: now,
        badge: badges.get(login.login)?.badge ?? null,
      })),
    );
    await publishClerkBadges(
      trx,
      [...badges].map(([login, { storeId, badge }]) => ({
        id: userId(login),
        storeId,
        badge,
        displayName: displayNames.get(login) ?? login,
      })),
      now,
    );
    // Kiosks that stand in the stores already (their tokens are not known to anyone here).
    await trx
      .insertInto('devices')
      .values(
        staff.flatMap(({ store, deviceIds }) =>
          deviceIds.map((id, i) => ({
            id,
            store_id: store.id,
            label: store.kiosks[i] ?? `Kiosk ${i + 1}`,
            token_hash: hashToken(newToken()),
            enrolled_at: now - size.days * 86_400_000,
            last_seen_at: now - random.int(1, 48) * 3_600_000,
            app_version: '0.1.0',
            outbox_depth: 0,
            persisted: 1,
          })),
        ),
      )
      .execute();
    await insertZones(trx, demoZones, now);
    await insertHandsets(trx, handsets, now);
    await insertPlans(trx, plans, now);
    await insertOffers(trx, { services: demoServices, bundles: demoBundles(handsets, plans) }, now);
    await insertExperiences(trx, demoExperiences(handsets), now);
    await insertNumbers(trx, numbers, now);
    await insertStock(trx, stock, now);
    await seedDemoAnalytics(trx, { orders: history.orders, staff, now, days: size.days });
    await insertOrders(trx, history.orders);
    await addOrdersToRollup(trx, history.orders);
    await insertOrderEvents(trx, history.events);
    await seedDemoCommission(trx, {
      ...history,
      bonusHandsetIds: handsets.slice(0, 3).map((h) => h.id),
      now,
    });
    // Close the seeded content with a version marker: a fresh kiosk sees one complete version.
    await insertVersion(trx, {
      id: demoVersionId,
      note: 'Demo content',
      storeIds: null,
      changes: [],
      publishAt: now,
      createdBy: null,
      createdAt: now,
    });
    await publishVersion(trx, demoVersionId, now, {
      mediaRoots: options.mediaRoots ?? defaultMediaRoots(),
    });
  });

  return {
    stores: demoStores.length,
    handsets: handsets.length,
    numbers: numbers.length,
    orders: history.orders.length,
    logins,
  };
}
