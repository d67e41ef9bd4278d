import type { Insertable } from 'kysely';
import type { User } from '../../shared';
import type { Db, UserRow, UsersTable } from '../db/schema';

export function userFromRow(
  row: Pick<UserRow, 'id' | 'login' | 'display_name' | 'role' | 'store_id'>,
): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    storeId: row.store_id,
  };
}

export async function findUserByLogin(db: Db, login: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function insertUsers(db: Db, users: Insertable<UsersTable>[]): Promise<void> {
  if (users.length > 0) await db.insertInto('users').values(users).execute();
}

export async function hasHqUser(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'hq').executeTakeFirst();
  return row !== undefined;
}
