import { z } from 'zod';
import {
  bundleSchema,
  experienceSchema,
  handsetSchema,
  planSchema,
  serviceSchema,
  zoneSchema,
} from './catalogue';
import { storeSchema } from './people';
import { epochMsSchema, idSchema } from './text';

/* ---------- What HQ publishes: a content version of entity puts and deletes ---------- */

export const contentEntities = [
  'zone',
  'experience',
  'handset',
  'plan',
  'service',
  'bundle',
  'store',
] as const;
export type ContentEntity = (typeof contentEntities)[number];

function contentChangeOf<E extends ContentEntity, S extends z.ZodType<{ id: string }>>(
  entity: E,
  data: S,
) {
  return z
    .object({
      entity: z.literal(entity),
      key: idSchema,
      op: z.enum(['put', 'delete']),
      /** The whole entity for `put` (its `id` is the key); null or absent for `delete`. */
      data: data.nullable().default(null),
    })
    .superRefine((change, ctx) => {
      if (change.op === 'put' && change.data === null) {
        ctx.addIssue({ code: 'custom', path: ['data'], message: 'A put carries the entity' });
      } else if (change.op === 'put' && change.data?.id !== change.key) {
        ctx.addIssue({ code: 'custom', path: ['data', 'id'], message: 'Must equal the key' });
      } else if (change.op === 'delete' && change.data !== null) {
        ctx.addIssue({ code: 'custom', path: ['data'], message: 'A delete carries no data' });
      }
    });
}

export const contentChangeSchema = z.discriminatedUnion('entity', [
  contentChangeOf('zone', zoneSchema),
  contentChangeOf('experience', experienceSchema),
  contentChangeOf('handset', handsetSchema),
  contentChangeOf('plan', planSchema),
  contentChangeOf('service', serviceSchema),
  contentChangeOf('bundle', bundleSchema),
  contentChangeOf('store', storeSchema),
]);
export type ContentChange = z.infer<typeof contentChangeSchema>;

/** `POST /api/content/versions` (HQ): publish now, or at `publishAt` when that is later. */
export const publishVersionRequestSchema = z
  .object({
    note: z.string().trim().min(1).max(200),
    /** null: every store; otherwise only the kiosks of these stores receive the version. */
    storeIds: z.array(idSchema).min(1).max(500).nullable(),
    publishAt: epochMsSchema.optional(),
    changes: z.array(contentChangeSchema).max(5000),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.changes.forEach((change, i) => {
      const id = `${change.entity}:${change.key}`;
      if (seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'key'],
          message: `${change.entity} ${change.key} appears twice in this version`,
        });
      }
      seen.add(id);
    });
    if (request.storeIds && new Set(request.storeIds).size !== request.storeIds.length) {
      ctx.addIssue({ code: 'custom', path: ['storeIds'], message: 'A store appears twice' });
    }
  });
export type PublishVersionRequest = z.infer<typeof publishVersionRequestSchema>;

/** `failed`: a scheduled version no longer fitted the catalogue when it fell due (see `failure`). */
export const contentVersionStatusSchema = z.enum(['scheduled', 'published', 'failed']);
export type ContentVersionStatus = z.infer<typeof contentVersionStatusSchema>;

export const publishVersionResponseSchema = z.object({
  versionId: idSchema,
  status: z.enum(['scheduled', 'published']),
});
export type PublishVersionResponse = z.infer<typeof publishVersionResponseSchema>;

/** One version as `GET /api/content/versions` lists it (without its changes). */
export const contentVersionSummarySchema = z.object({
  id: idSchema,
  note: z.string(),
  storeIds: z.array(idSchema).nullable(),
  status: contentVersionStatusSchema,
  publishAt: epochMsSchema,
  publishedAt: epochMsSchema.nullable(),
  changeCount: z.number().int().min(0),
  mediaCount: z.number().int().min(0).nullable(),
  failure: z.string().nullable(),
  createdBy: idSchema.nullable(),
  createdAt: epochMsSchema,
});
export type ContentVersionSummary = z.infer<typeof contentVersionSummarySchema>;

export const contentVersionsResponseSchema = z.object({
  versions: z.array(contentVersionSummarySchema),
});
export type ContentVersionsResponse = z.infer<typeof contentVersionsResponseSchema>;

/** `POST /api/content/versions/:id/rollback` (HQ): publish what that version showed, now. */
export const rollbackRequestSchema = z.object({
  note: z.string().trim().min(1).max(200).optional(),
});

/**
 * The versions a restore published: one, unless stores restored from a version for some
 * stores had different changes to make (one version per set of them); `versionId` is the first.
 */
export const rollbackResponseSchema = publishVersionResponseSchema.extend({
  status: z.literal('published'),
  versionIds: z.array(idSchema).min(1),
});
export type RollbackResponse = z.infer<typeof rollbackResponseSchema>;

/** `GET /api/content/catalogue` (HQ): the content every store is offered now, to edit. */
export const catalogueSchema = z.object({
  zones: z.array(zoneSchema),
  experiences: z.array(experienceSchema),
  handsets: z.array(handsetSchema),
  plans: z.array(planSchema),
  services: z.array(serviceSchema),
  bundles: z.array(bundleSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
