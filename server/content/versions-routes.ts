import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  catalogueSchema,
  contentVersionsResponseSchema,
  idSchema,
  publishVersionRequestSchema,
  publishVersionResponseSchema,
  rollbackRequestSchema,
  rollbackResponseSchema,
} from '../../shared';
import { lockChangeLog } from '../db/dialect';
import type { Database } from '../db/schema';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError } from '../http/http-error';
import { publishVersion } from './publish-version';
import { versionProblems } from './version-checks';
import { insertVersion, listVersions } from './versions-repo';
import { audit } from '../audit/audit-repo';
import { rollbackVersions } from './rollback';
import { readCatalogue } from './catalogue-read';

export interface VersionsRoutesOptions {
  mediaRoots: readonly string[];
  bodyLimit: number;
}

/** onRequest, after requireUser: HQ only, decided before the body is even read. */
async function requireHq(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role !== 'hq') throw forbidden('Only HQ publishes content');
}

const versionsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** HQ publishes content versions, now or at a set time, to every store or chosen stores. */
export const versionsRoutes: FastifyPluginAsyncZod<VersionsRoutesOptions> = async (
  app,
  options,
) => {
  const publishOptions = {
    mediaRoots: options.mediaRoots,
    warn: (message: string) => app.log.warn(message),
  };

  app.post(
    '/versions',
    {
      onRequest: [requireUser, requireHq],
      bodyLimit: options.bodyLimit,
      schema: {
        body: publishVersionRequestSchema,
        response: { 200: publishVersionResponseSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const now = app.settings.now();
      const body = request.body;
      const versionId = randomUUID();
      const publishAt = Math.max(body.publishAt ?? now, 0);
      const dueNow = publishAt <= now;
      await app.db.transaction().execute(async (trx) => {
        const problems = await versionProblems(trx, body, options.mediaRoots);
        if (Object.keys(problems).length > 0) {
          throw new HttpError(
            400,
            'invalid_body',
            'The version does not fit the catalogue',
            problems,
          );
        }
        await insertVersion(trx, {
          id: versionId,
          note: body.note,
          storeIds: body.storeIds,
          changes: body.changes,
          publishAt,
          createdBy: user.id,
          createdAt: now,
        });
        if (dueNow && (await publishVersion(trx, versionId, now, publishOptions)) !== 'published')
          throw new Error(`Content version ${versionId} was checked but not published`);
        await audit(
          trx,
          {
            actorId: user.id,
            action: dueNow ? 'content.published' : 'content.scheduled',
            target: `version:${versionId}`,
            storeId: null,
            detail: {
              note: body.note,
              storeIds: body.storeIds,
              publishAt,
              changes: body.changes.map((change) => `${change.op} ${change.entity} ${change.key}`),
            },
          },
          now,
        );
      });
      return { versionId, status: dueNow ? 'published' : 'scheduled' } as const;
    },
  );

  app.post(
    '/versions/:versionId/rollback',
    {
      onRequest: [requireUser, requireHq],
      schema: {
        params: z.object({ versionId: idSchema }),
        body: rollbackRequestSchema,
        response: { 200: rollbackResponseSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const now = app.settings.now();
      const target = request.params.versionId;
      const versionIds: string[] = [];
      await app.db.transaction().execute(async (trx) => {
        // The change log's lock: no version is published between reading it and appending.
        await lockChangeLog<Database>(trx);
        const restores = await rollbackVersions(trx, target);
        if (restores.length === 0)
          throw new HttpError(409, 'nothing_to_restore', 'Nothing changed since that version');
        const note = request.body.note ?? `Restore ${target}`;
        for (const restore of restores) {
          const versionId = randomUUID();
          await insertVersion(trx, {
            id: versionId,
            note,
            storeIds: restore.storeIds,
            changes: restore.changes,
            publishAt: now,
            createdBy: user.id,
            createdAt: now,
          });
          const outcome = await publishVersion(trx, versionId, now, publishOptions);
          if (outcome !== 'published')
            throw new HttpError(409, 'restore_failed', 'That version no longer fits the catalogue');
          await audit(
            trx,
            {
              actorId: user.id,
              action: 'content.rolled_back',
              target: `version:${versionId}`,
              storeId: null,
              detail: {
                restored: target,
                storeIds: restore.storeIds,
                changes: restore.changes.length,
              },
            },
            now,
          );
          versionIds.push(versionId);
        }
      });
      return { versionId: versionIds[0] ?? '', versionIds, status: 'published' } as const;
    },
  );

  app.get(
    '/catalogue',
    { onRequest: [requireUser, requireHq], schema: { response: { 200: catalogueSchema } } },
    async () => readCatalogue(app.db),
  );

  app.get(
    '/versions',
    {
      onRequest: [requireUser, requireHq],
      schema: {
        querystring: versionsQuerySchema,
        response: { 200: contentVersionsResponseSchema },
      },
    },
    async (request) => ({ versions: await listVersions(app.db, request.query.limit) }),
  );
};
