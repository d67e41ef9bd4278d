import type { Catalogue, ContentChange } from '../../shared';

/** The price each kind of item shows on a kiosk card (zones and experiences have none). */
function priceOf(change: ContentChange): number | null {
  switch (change.entity) {
    case 'plan':
    case 'service':
      return change.data?.monthlyFeeFen ?? null;
    case 'handset':
    case 'bundle':
      return change.data?.priceFen ?? null;
    default:
      return null;
  }
}

const listOf = {
  plan: 'plans',
  service: 'services',
  handset: 'handsets',
  bundle: 'bundles',
} as const;

/** A draft change's price before and after, when it changes one: the edit HQ makes most. */
export function priceChange(
  catalogue: Catalogue,
  change: ContentChange,
): { beforeFen: number; afterFen: number } | null {
  if (change.op !== 'put' || !(change.entity in listOf)) return null;
  const list = catalogue[listOf[change.entity as keyof typeof listOf]] as readonly { id: string }[];
  const before = list.find((item) => item.id === change.key);
  if (!before) return null;
  const beforeFen = priceOf({ ...change, data: before } as ContentChange);
  const afterFen = priceOf(change);
  if (beforeFen === null || afterFen === null || beforeFen === afterFen) return null;
  return { beforeFen, afterFen };
}
