import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  canManageUser,
  canSeeStore,
  createUserRequestSchema,
  idSchema,
  managedUserSchema,
  updateUserRequestSchema,
  usersQuerySchema,
  usersResponseSchema,
  type ManagedUser,
} from '../../shared';
import { audit } from '../audit/audit-repo';
import { hashPassword } from '../auth/passwords';
import { requireUser, signedInUser } from '../auth/require-user';
import { publishClerkBadges } from '../content/offers-repo';
import type { Db, UserRow } from '../db/schema';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { storeExists } from '../stores/stores-repo';

function managedFromRow(row: UserRow): ManagedUser {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    storeId: row.store_id,
    badge: row.badge,
    disabledAt: row.disabled_at === null ? null : Number(row.disabled_at),
    createdAt: Number(row.created_at),
  };
}

const badgeTaken = () =>
  new HttpError(409, 'badge_taken', 'Another clerk of this store wears that badge', {
    badge: ['Another clerk of this store wears that badge'],
  });

async function badgeInUse(db: Db, storeId: string, badge: string, exceptId?: string) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('store_id', '=', storeId)
    .where('badge', '=', badge)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? ''))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Users: HQ manages everyone, a manager the clerks of their own store, a clerk nobody. Every
 * change is in the audit log; a clerk's badge reaches their store's kiosks through the pull.
 */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireUser);

  app.get(
    '/',
    { schema: { querystring: usersQuerySchema, response: { 200: usersResponseSchema } } },
    async (request) => {
      const user = signedInUser(request);
      if (user.role === 'clerk') throw forbidden('Clerks do not manage users');
      const storeId = request.query.storeId ?? (user.role === 'hq' ? undefined : user.storeId);
      if (storeId && !canSeeStore(user, storeId)) throw forbidden();
      const rows = await app.db
        .selectFrom('users')
        .selectAll()
        .$if(storeId !== undefined && storeId !== null, (q) =>
          q.where('store_id', '=', storeId ?? ''),
        )
        .orderBy('role')
        .orderBy('login')
        .execute();
      return { users: rows.map(managedFromRow) };
    },
  );

  app.post(
    '/',
    { schema: { body: createUserRequestSchema, response: { 201: managedUserSchema } } },
    async (request, reply) => {
      const actor = signedInUser(request);
      const body = request.body;
      if (!canManageUser(actor, body)) throw forbidden('You may not add this user');
      if (body.storeId && !(await storeExists(app.db, body.storeId)))
        throw new HttpError(400, 'store_not_found', 'There is no such store', {
          storeId: ['There is no such store'],
        });
      const passwordHash = await hashPassword(body.password);
      const now = app.settings.now();
      const row = await app.db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('users')
          .select('id')
          .where('login', '=', body.login)
          .executeTakeFirst();
        if (existing)
          throw new HttpError(409, 'login_taken', 'That login is taken', {
            login: ['That login is taken'],
          });
        if (body.storeId && body.badge && (await badgeInUse(trx, body.storeId, body.badge)))
          throw badgeTaken();
        const id = `user-${body.login}`;
        await trx
          .insertInto('users')
          .values({
            id,
            login: body.login,
            display_name: body.displayName,
            role: body.role,
            store_id: body.storeId,
            password_hash: passwordHash,
            created_at: now,
            badge: body.badge,
          })
          .execute();
        if (body.badge && body.storeId) {
          await publishClerkBadges(
            trx,
            [{ id, storeId: body.storeId, badge: body.badge, displayName: body.displayName }],
            now,
          );
        }
        await audit(
          trx,
          {
            actorId: actor.id,
            action: 'user.created',
            target: `user:${id}`,
            storeId: body.storeId,
            detail: { login: body.login, role: body.role, badge: body.badge },
          },
          now,
        );
        return trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      });
      return reply.code(201).send(managedFromRow(row));
    },
  );

  app.patch(
    '/:userId',
    {
      schema: {
        params: z.object({ userId: idSchema }),
        body: updateUserRequestSchema,
        response: { 200: managedUserSchema },
      },
    },
    async (request) => {
      const actor = signedInUser(request);
      const patch = request.body;
      const target = await app.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', request.params.userId)
        .executeTakeFirst();
      if (!target) throw notFound('user_not_found', 'No such user');
      if (!canManageUser(actor, { role: target.role, storeId: target.store_id }))
        throw forbidden('You may not change this user');
      if (patch.disabled === true && target.id === actor.id)
        throw new HttpError(409, 'cannot_disable_self', 'You cannot switch off your own account');
      if (patch.badge && target.role !== 'clerk')
        throw new HttpError(400, 'invalid_body', 'Only clerks wear a badge', {
          badge: ['Only clerks wear a badge'],
        });
      const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
      const now = app.settings.now();
      const row = await app.db.transaction().execute(async (trx) => {
        if (
          patch.badge &&
          target.store_id &&
          (await badgeInUse(trx, target.store_id, patch.badge, target.id))
        )
          throw badgeTaken();
        const disabledAt =
          patch.disabled === undefined
            ? undefined
            : patch.disabled
              ? (target.disabled_at ?? now)
              : null;
        await trx
          .updateTable('users')
          .set({
            ...(patch.displayName !== undefined && { display_name: patch.displayName }),
            ...(patch.badge !== undefined && { badge: patch.badge }),
            ...(disabledAt !== undefined && { disabled_at: disabledAt }),
            ...(passwordHash !== undefined && { password_hash: passwordHash }),
          })
          .where('id', '=', target.id)
          .execute();
        // A switched-off user or a new password: every open session of theirs ends now.
        if (patch.disabled === true || passwordHash !== undefined) {
          await trx
            .updateTable('sessions')
            .set({ revoked_at: now })
            .where('user_id', '=', target.id)
            .where('revoked_at', 'is', null)
            .execute();
        }
        const updated = await trx
          .selectFrom('users')
          .selectAll()
          .where('id', '=', target.id)
          .executeTakeFirstOrThrow();
        const kioskSeesClerk =
          updated.role === 'clerk' && updated.store_id !== null && updated.disabled_at === null;
        const badgeChanged =
          updated.badge !== target.badge ||
          updated.display_name !== target.display_name ||
          updated.disabled_at !== target.disabled_at;
        if (updated.role === 'clerk' && updated.store_id && badgeChanged) {
          await publishClerkBadges(
            trx,
            [
              kioskSeesClerk && updated.badge
                ? {
                    id: updated.id,
                    storeId: updated.store_id,
                    badge: updated.badge,
                    displayName: updated.display_name,
                  }
                : { id: updated.id, storeId: updated.store_id, badge: null },
            ],
            now,
          );
        }
        const action =
          patch.disabled === true
            ? 'user.disabled'
            : patch.disabled === false
              ? 'user.enabled'
              : passwordHash !== undefined && Object.keys(patch).length === 1
                ? 'user.password_set'
                : 'user.updated';
        await audit(
          trx,
          {
            actorId: actor.id,
            action,
            target: `user:${target.id}`,
            storeId: target.store_id,
            detail: {
              ...(patch.displayName !== undefined && { displayName: patch.displayName }),
              ...(patch.badge !== undefined && { badge: patch.badge }),
              ...(patch.disabled !== undefined && { disabled: patch.disabled }),
              ...(passwordHash !== undefined && { password: 'set' }),
            },
          },
          now,
        );
        return updated;
      });
      return managedFromRow(row);
    },
  );
};
