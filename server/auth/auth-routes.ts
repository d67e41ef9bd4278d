import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginRequestSchema, sessionResponseSchema } from '../../shared';
import { HttpError, unauthorized } from '../http/http-error';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { requireUser, sessionCookie } from './require-user';
import { insertSession, revokeSession } from './sessions-repo';
import { hashToken, newToken } from './tokens';
import { findUserByLogin, userFromRow } from './users-repo';

export interface AuthRoutesOptions {
  loginRateLimit: { max: number; timeWindow: number };
}

/** Console sign-in: a random session token in an httpOnly cookie, only its hash in the database. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  app.post(
    '/login',
    {
      schema: { body: loginRequestSchema, response: { 200: sessionResponseSchema } },
      config: { rateLimit: options.loginRateLimit },
    },
    async (request, reply) => {
      const { login, password } = request.body;
      const row = await findUserByLogin(app.db, login);
      // The decoy keeps an unknown login as slow as a wrong password.
      const matches = await verifyPassword(password, row?.password_hash ?? decoyPasswordHash);
      if (!row || !matches) {
        throw new HttpError(401, 'invalid_credentials', 'Wrong login or password');
      }
      const now = app.settings.now();
      const token = newToken();
      const expiresAt = now + app.settings.sessionTtlMs;
      await insertSession(app.db, {
        tokenHash: hashToken(token),
        userId: row.id,
        createdAt: now,
        expiresAt,
      });
      reply.setCookie(sessionCookie, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/api',
        expires: new Date(expiresAt),
      });
      return { user: userFromRow(row), expiresAt };
    },
  );

  app.post('/logout', async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token && token.length <= 200) {
      await revokeSession(app.db, hashToken(token), app.settings.now());
    }
    reply.clearCookie(sessionCookie, { path: '/api' });
    return reply.code(204).send();
  });

  app.get(
    '/me',
    { onRequest: requireUser, schema: { response: { 200: sessionResponseSchema } } },
    async (request) => {
      if (!request.session) throw unauthorized();
      return request.session;
    },
  );
};
