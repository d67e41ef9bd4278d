import type { FastifyRequest } from 'fastify';
import type { User } from '../../shared';
import { unauthorized } from '../http/http-error';
import { findActiveSession } from './sessions-repo';
import { hashToken } from './tokens';

export const sessionCookie = 'sid';

/** onRequest hook of console routes: a valid `sid` cookie or 401, before any body is read. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  const token = request.cookies[sessionCookie];
  if (!token || token.length > 200) throw unauthorized();
  const session = await findActiveSession(
    request.server.db,
    hashToken(token),
    request.server.settings.now(),
  );
  if (!session) throw unauthorized('Your session has ended; sign in again');
  request.session = session;
}

/** The user `requireUser` found; a route without that hook is a programming error. */
export function signedInUser(request: FastifyRequest): User {
  if (!request.session) throw new Error('signedInUser() on a route without requireUser');
  return request.session.user;
}
