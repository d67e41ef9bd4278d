import { defaultTierRules, tierOf, type PoolNumber } from '../../shared';
import type { Random } from './random';

/** Mobile segments of a 3G WCDMA operator. */
const segments = ['130', '131', '132', '155', '156', '185', '186'] as const;

function niceEnding(random: Random): string {
  const digit = () => String(random.int(0, 9));
  const a = digit();
  const b = String((Number(a) + random.int(1, 8)) % 10);
  switch (random.int(0, 4)) {
    case 0:
      return a.repeat(4);
    case 1: {
      const start = random.int(0, 6);
      return '0123456789'.slice(start, start + 4);
    }
    case 2:
      return a + a + b + b;
    case 3:
      return a + b + a + b;
    default:
      return digit() + digit() + '88';
  }
}

/**
 * `perStore` numbers for each store, unique across all stores, about one in eight of them
 * memorable (tiered and priced by the default tier rules). All start `available`; the order history sells some.
 */
export function demoNumberPools(
  storeIds: string[],
  perStore: number,
  random: Random,
): PoolNumber[] {
  const taken = new Set<string>();
  const pools: PoolNumber[] = [];
  storeIds.forEach((storeId, storeIndex) => {
    let made = 0;
    while (made < perStore) {
      const segment = random.pick(segments);
      // Middle four digits: a block per store, as numbers are allocated to shops in ranges.
      const block = String(1000 + storeIndex * 1700 + random.int(0, 1600)).padStart(4, '0');
      const ending = random.chance(0.12)
        ? niceEnding(random)
        : String(random.int(0, 9999)).padStart(4, '0');
      const number = `${segment}${block}${ending}`;
      if (taken.has(number)) continue;
      taken.add(number);
      const tier = tierOf(number, defaultTierRules);
      pools.push({
        number,
        storeId,
        status: 'available',
        priceFen: tier.priceFen,
        tierId: tier.id,
        minPlanFeeFen: tier.minPlanFeeFen,
      });
      made++;
    }
  });
  return pools;
}
