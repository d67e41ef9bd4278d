import type { User } from '../../shared';
import type { Db } from '../db/schema';
import { userFromRow } from './users-repo';

export interface ActiveSession {
  user: User;
  /** When it ends unless used again: the idle deadline, never past `endsAt`. */
  expiresAt: number;
  /** When it ends however busy: sign-in plus the session's lifetime. */
  endsAt: number;
}

/** The deadline a session gets when used at `now`. */
export function idleDeadline(now: number, endsAt: number, idleMs: number): number {
  return Math.min(now + idleMs, endsAt);
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

/**
 * The signed-in user behind a session token's hash, unless it was revoked, sat unused past its
 * idle deadline (`expires_at`) or outlived `ttlMs` since sign-in.
 */
export async function findActiveSession(
  db: Db,
  tokenHash: string,
  now: number,
  ttlMs: number,
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
      'sessions.created_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('sessions.created_at', '>', now - ttlMs)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return (
    row && {
      user: userFromRow(row),
      expiresAt: row.expires_at,
      endsAt: row.created_at + ttlMs,
    }
  );
}

/** Moves a session's idle deadline on; a revoked session stays revoked. */
export async function extendSession(db: Db, tokenHash: string, expiresAt: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeSession(db: Db, tokenHash: string, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}
