import type { User } from '../../shared';
import type { Db } from '../db/schema';
import { userFromRow } from './users-repo';

export interface ActiveSession {
  user: User;
  expiresAt: number;
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; userId: string; createdAt: number; expiresAt: number },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      revoked_at: null,
    })
    .execute();
}

/** The signed-in user behind a session token's hash, unless it expired or was revoked. */
export async function findActiveSession(
  db: Db,
  tokenHash: string,
  now: number,
): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.login',
      'users.display_name',
      'users.role',
      'users.store_id',
      'sessions.expires_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { user: userFromRow(row), expiresAt: row.expires_at };
}

export async function revokeSession(db: Db, tokenHash: string, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}
