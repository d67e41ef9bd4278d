import { clerkBadgeSchema, type ClerkBadge } from '../../shared';
import { readMeta, type KioskDatabase } from '../db';
import { restoreRows } from '../restore';

/**
 * The clerk of this kiosk's store who wears `badge`, or null. Read from the synced badge
 * list, so a clerk can attach to a customer's order with the network down.
 */
export async function findClerkByBadge(
  db: KioskDatabase,
  badge: string,
): Promise<ClerkBadge | null> {
  if (!clerkBadgeSchema.shape.badge.safeParse(badge).success) return null;
  const [identity, rows] = await Promise.all([
    readMeta(db, 'identity'),
    db.clerks.where('badge').equals(badge).toArray(),
  ]);
  const clerks = restoreRows(clerkBadgeSchema, rows, 'clerks');
  return clerks.find((clerk) => clerk.storeId === identity?.storeId) ?? null;
}
