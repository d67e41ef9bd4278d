import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  sessionResponseSchema,
} from '../../shared';
import { audit } from '../audit/audit-repo';
import { HttpError, unauthorized } from '../http/http-error';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { requireUser, sessionCookie, signedInUser } from './require-user';
import { idleDeadline, insertSession, revokeSession } from './sessions-repo';
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
      if (row.disabled_at !== null) {
        throw new HttpError(
          403,
          'account_disabled',
          'This account is switched off; ask your manager',
        );
      }
      const now = app.settings.now();
      const token = newToken();
      const endsAt = now + app.settings.sessionTtlMs;
      const expiresAt = idleDeadline(now, endsAt, app.settings.sessionIdleMs);
      await insertSession(app.db, {
        tokenHash: hashToken(token),
        userId: row.id,
        createdAt: now,
        expiresAt,
      });
      // The cookie lasts the session's lifetime; the server ends it earlier when left unused.
      reply.setCookie(sessionCookie, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/api',
        expires: new Date(endsAt),
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

  app.post(
    '/password',
    {
      onRequest: requireUser,
      schema: { body: changePasswordRequestSchema },
      config: { rateLimit: options.loginRateLimit },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const row = await findUserByLogin(app.db, user.login);
      if (!row || !(await verifyPassword(request.body.current, row.password_hash))) {
        throw new HttpError(400, 'wrong_password', 'The current password is not right', {
          current: ['The current password is not right'],
        });
      }
      const hash = await hashPassword(request.body.next);
      const now = app.settings.now();
      const token = request.cookies[sessionCookie] ?? '';
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: hash })
          .where('id', '=', row.id)
          .execute();
        // Other devices signed in as this user sign in again; this session goes on.
        await trx
          .updateTable('sessions')
          .set({ revoked_at: now })
          .where('user_id', '=', row.id)
          .where('token_hash', '!=', hashToken(token))
          .where('revoked_at', 'is', null)
          .execute();
        await audit(
          trx,
          {
            actorId: row.id,
            action: 'user.password_changed',
            target: `user:${row.id}`,
            storeId: row.store_id,
          },
          now,
        );
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    { onRequest: requireUser, schema: { response: { 200: sessionResponseSchema } } },
    async (request) => {
      if (!request.session) throw unauthorized();
      const { user, expiresAt } = request.session;
      return { user, expiresAt };
    },
  );
};
