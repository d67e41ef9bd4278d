import type { Store, User } from '../../shared';

/**
 * Which store the console shows. HQ chooses (null means every store); a manager or a clerk
 * always sees their own store, whatever was chosen before.
 */
export function effectiveStoreId(
  user: Pick<User, 'role' | 'storeId'>,
  chosen: string | null,
): string | null {
  return user.role === 'hq' ? chosen : user.storeId;
}

export function canChooseStore(user: Pick<User, 'role'>): boolean {
  return user.role === 'hq';
}

/** Stores by id for table cells; sorted by city then name for the picker. */
export function storesById(stores: readonly Store[]): Map<string, Store> {
  return new Map(stores.map((store) => [store.id, store]));
}

export function sortStoresForPicker(stores: readonly Store[]): Store[] {
  return [...stores].sort(
    (a, b) => a.city.localeCompare(b.city, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
  );
}
