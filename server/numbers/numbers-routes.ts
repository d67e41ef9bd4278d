import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  canSeeStore,
  conflictResolutionSchema,
  conflictsQuerySchema,
  idSchema,
  numberConflictSchema,
  numberImportRequestSchema,
  numberWithdrawRequestSchema,
  numberWithdrawResultSchema,
  tierRulesDocumentSchema,
  tierRulesSchema,
  tierRulesUpdateResultSchema,
  type User,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { storeExists } from '../stores/stores-repo';
import type { Db } from '../db/schema';
import { findConflict, listConflicts } from './conflicts-repo';
import { importNumbers } from './import-numbers';
import { resolveConflict } from './resolve-conflict';
import { replaceTierRules, tierRulesInForce } from './tier-rules-repo';
import { withdrawNumbers } from './withdraw-numbers';
import { audit } from '../audit/audit-repo';

export interface NumbersRoutesOptions {
  /** Enough for a CSV of `maxImportCsvBytes` characters written as a JSON string. */
  importBodyLimit: number;
}

/** onRequest, after requireUser: pools are HQ's and the managers' (clerks: 403, body unread). */
async function requirePoolKeeper(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role === 'clerk') throw forbidden('Clerks do not manage number pools');
}

async function requireHq(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role !== 'hq') throw forbidden('Only HQ sets the number tiers');
}

/** HQ any store; a manager only their own. The store must exist. */
async function checkPoolStore(db: Db, user: User, storeId: string): Promise<void> {
  if (user.role !== 'hq' && !(user.role === 'manager' && user.storeId === storeId)) {
    throw forbidden('You manage the pool of your own store only');
  }
  if (!(await storeExists(db, storeId))) {
    throw new HttpError(400, 'invalid_body', 'Some values are not valid', {
      storeId: ['No such store'],
    });
  }
}

const conflictParamsSchema = z.object({ id: idSchema });
const conflictsListLimit = 500;

/** The console's number book: pools, tier rules and the conflict queue. */
export const numbersRoutes: FastifyPluginAsyncZod<NumbersRoutesOptions> = async (app, options) => {
  app.post(
    '/import',
    {
      onRequest: [requireUser, requirePoolKeeper],
      bodyLimit: options.importBodyLimit,
      schema: { body: numberImportRequestSchema },
      // Up to 200,000 refusals: built by typed code, not checked against the schema again.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const { storeId, csv } = request.body;
      const user = signedInUser(request);
      await checkPoolStore(app.db, user, storeId);
      const now = app.settings.now();
      return app.db.transaction().execute(async (trx) => {
        const result = await importNumbers(trx, { storeId, csv, now });
        await audit(
          trx,
          {
            actorId: user.id,
            action: 'numbers.imported',
            target: `pool:${storeId}`,
            storeId,
            detail: { accepted: result.accepted, refused: result.refused.length },
          },
          now,
        );
        return result;
      });
    },
  );

  app.post(
    '/withdraw',
    {
      onRequest: [requireUser, requirePoolKeeper],
      schema: { body: numberWithdrawRequestSchema, response: { 200: numberWithdrawResultSchema } },
    },
    async (request) => {
      const { storeId, numbers } = request.body;
      const user = signedInUser(request);
      await checkPoolStore(app.db, user, storeId);
      const now = app.settings.now();
      return app.db.transaction().execute(async (trx) => {
        const result = await withdrawNumbers(trx, { storeId, numbers, now });
        await audit(
          trx,
          {
            actorId: user.id,
            action: 'numbers.withdrawn',
            target: `pool:${storeId}`,
            storeId,
            detail: { asked: numbers.length },
          },
          now,
        );
        return result;
      });
    },
  );

  app.get(
    '/tier-rules',
    { onRequest: requireUser, schema: { response: { 200: tierRulesDocumentSchema } } },
    async () => tierRulesInForce(app.db),
  );

  app.put(
    '/tier-rules',
    {
      onRequest: [requireUser, requireHq],
      schema: { body: tierRulesSchema, response: { 200: tierRulesUpdateResultSchema } },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const updatedAt = app.settings.now();
      const repriced = await app.db.transaction().execute(async (trx) => {
        const count = await replaceTierRules(trx, request.body, { userId, now: updatedAt });
        await audit(
          trx,
          {
            actorId: userId,
            action: 'numbers.tier_rules',
            target: 'tier-rules',
            storeId: null,
            detail: { tiers: request.body.tiers.map((tier) => tier.id), repriced: count },
          },
          updatedAt,
        );
        return count;
      });
      return { repriced, updatedAt };
    },
  );

  app.get(
    '/conflicts',
    {
      onRequest: requireUser,
      schema: {
        querystring: conflictsQuerySchema,
        response: { 200: z.object({ conflicts: z.array(numberConflictSchema) }) },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const { storeId: requested, status } = request.query;
      const storeId = requested ?? (user.role === 'hq' ? undefined : (user.storeId ?? undefined));
      if (user.role !== 'hq' && (!storeId || !canSeeStore(user, storeId))) throw forbidden();
      const conflicts = await listConflicts(app.db, {
        storeId,
        status,
        limit: conflictsListLimit,
        now: app.settings.now(),
      });
      return { conflicts };
    },
  );

  app.post(
    '/conflicts/:id/resolve',
    {
      onRequest: requireUser,
      schema: {
        params: conflictParamsSchema,
        body: conflictResolutionSchema,
        response: { 200: numberConflictSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const conflict = await findConflict(app.db, request.params.id);
      if (!conflict) throw notFound('conflictNotFound', 'No such conflict');
      if (!canSeeStore(user, conflict.row.store_id)) throw forbidden();
      if (conflict.row.status !== 'open') {
        throw new HttpError(409, 'conflictResolved', 'This conflict was resolved already');
      }
      const now = app.settings.now();
      return app.db
        .transaction()
        .execute((trx) => resolveConflict(trx, conflict, request.body, { userId: user.id, now }));
    },
  );
};
