import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords';
import { hasHqUser, insertUsers } from '../auth/users-repo';
import type { Database } from '../db/schema';

/**
 * Outside the demo the first HQ user comes from ADMIN_LOGIN / ADMIN_PASSWORD, once: later
 * starts with the same variables change nothing.
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  admin: { login: string; password: string },
  now: number,
): Promise<boolean> {
  if (await hasHqUser(db)) return false;
  await insertUsers(db, [
    {
      id: `user-${randomUUID()}`,
      login: admin.login,
      display_name: '总部管理员',
      role: 'hq',
      store_id: null,
      password_hash: await hashPassword(admin.password),
      created_at: now,
    },
  ]);
  return true;
}
