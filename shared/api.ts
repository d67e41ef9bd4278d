import { z } from 'zod';
import { orderSummarySchema } from './order';
import { storeSchema } from './people';
import { epochMsSchema, idSchema } from './text';

/** Every 4xx body: a code a program can branch on, a sentence a person can read. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthResponseSchema = z.object({
  ok: z.boolean(),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const ordersQuerySchema = z.object({
  storeId: idSchema.optional(),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  /** Opaque: the `cursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type OrdersQuery = z.infer<typeof ordersQuerySchema>;

export const ordersResponseSchema = z.object({
  orders: z.array(orderSummarySchema),
  cursor: z.string().nullable(),
});
export type OrdersResponse = z.infer<typeof ordersResponseSchema>;

export const storesResponseSchema = z.object({ stores: z.array(storeSchema) });
export type StoresResponse = z.infer<typeof storesResponseSchema>;

export const demoEnrolmentResponseSchema = z.object({
  code: z.string(),
  expiresAt: epochMsSchema,
});
