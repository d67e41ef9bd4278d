import type { ManagedUser, Role, Store } from '../../shared';

const roleOrder: Record<Role, number> = { hq: 0, manager: 1, clerk: 2 };

/** HQ first, then store by store (as the store picker orders them), manager before clerks. */
export function sortUsers(
  users: readonly ManagedUser[],
  storeIndex: ReadonlyMap<string, Store>,
): ManagedUser[] {
  const storeName = (user: ManagedUser) =>
    user.storeId ? (storeIndex.get(user.storeId)?.name ?? user.storeId) : '';
  return [...users].sort(
    (a, b) =>
      (a.role === 'hq' ? 0 : 1) - (b.role === 'hq' ? 0 : 1) ||
      storeName(a).localeCompare(storeName(b), 'zh-CN') ||
      roleOrder[a.role] - roleOrder[b.role] ||
      a.login.localeCompare(b.login),
  );
}
