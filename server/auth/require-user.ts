import type { FastifyRequest } from 'fastify';
import type { User } from '../../shared';
import { unauthorized } from '../http/http-error';
import { extendSession, findActiveSession, idleDeadline } from './sessions-repo';
import { hashToken } from './tokens';

export const sessionCookie = 'sid';

/** The idle deadline is moved on at most once a minute, not written on every request. */
const extendEveryMs = 60_000;

/**
 * onRequest hook of console routes: a valid `sid` cookie or 401, before any body is read.
 * Using the session moves its idle deadline on, up to its lifetime.
 */
export async function requireUser(request: FastifyRequest): Promise<void> {
  const token = request.cookies[sessionCookie];
  if (!token || token.length > 200) throw unauthorized();
  const { db, settings } = request.server;
  const now = settings.now();
  const tokenHash = hashToken(token);
  const session = await findActiveSession(db, tokenHash, now, settings.sessionTtlMs);
  if (!session) throw unauthorized('Your session has ended; sign in again');
  const deadline = idleDeadline(now, session.endsAt, settings.sessionIdleMs);
  if (deadline - session.expiresAt >= extendEveryMs) {
    await extendSession(db, tokenHash, deadline);
    session.expiresAt = deadline;
  }
  request.session = session;
}

/** The user `requireUser` found; a route without that hook is a programming error. */
export function signedInUser(request: FastifyRequest): User {
  if (!request.session) throw new Error('signedInUser() on a route without requireUser');
  return request.session.user;
}
