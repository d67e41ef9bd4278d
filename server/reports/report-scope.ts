import { canSeeStore, type User } from '../../shared';
import { forbidden } from '../http/http-error';

/**
 * The store a report covers: undefined means every store (HQ only). A manager's report is
 * their own store, asked for or not; a clerk sees no report at all.
 */
export function reportStoreScope(user: User, requested: string | undefined): string | undefined {
  if (user.role === 'clerk') throw forbidden('Clerks see their commission, not store reports');
  if (user.role === 'hq') return requested;
  const own = user.storeId ?? undefined;
  if (!own) throw forbidden();
  if (requested !== undefined && !canSeeStore(user, requested)) throw forbidden();
  return own;
}
