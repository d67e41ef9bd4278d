import { z } from 'zod';
import { clerkBadgeSchema } from './catalogue';
import { roleSchema, userSchema, type Role, type User } from './people';
import { epochMsSchema, idSchema } from './text';

/* ---------- Users as HQ and managers manage them ---------- */

export const passwordSchema = z
  .string()
  .min(10, 'At least 10 characters')
  .max(200)
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), 'Use letters and digits');

const badgeSchema = clerkBadgeSchema.shape.badge;

/** A user as the users page lists them: never the password hash. */
export const managedUserSchema = userSchema.extend({
  badge: badgeSchema.nullable(),
  disabledAt: epochMsSchema.nullable(),
  createdAt: epochMsSchema,
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

export const usersQuerySchema = z.object({ storeId: idSchema.optional() });
export const usersResponseSchema = z.object({ users: z.array(managedUserSchema) });

/** `POST /api/users`: HQ adds anyone; a manager adds clerks of their own store. */
export const createUserRequestSchema = z
  .object({
    login: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Lower-case letters, digits and . _ - only'),
    displayName: z.string().trim().min(1).max(100),
    role: roleSchema,
    storeId: idSchema.nullable(),
    password: passwordSchema,
    badge: badgeSchema.nullable().default(null),
  })
  .superRefine((user, ctx) => {
    if (user.role === 'hq' && user.storeId !== null)
      ctx.addIssue({ code: 'custom', path: ['storeId'], message: 'HQ users have no store' });
    if (user.role !== 'hq' && user.storeId === null)
      ctx.addIssue({ code: 'custom', path: ['storeId'], message: 'Choose the store' });
    if (user.role !== 'clerk' && user.badge !== null)
      ctx.addIssue({ code: 'custom', path: ['badge'], message: 'Only clerks wear a badge' });
  });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** `PATCH /api/users/:id`: what may change; role and store stay as created. */
export const updateUserRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    badge: badgeSchema.nullable().optional(),
    disabled: z.boolean().optional(),
    /** A new password set by HQ or the manager; the user's sessions end. */
    password: passwordSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** `POST /api/auth/password`: a signed-in user changes their own password. */
export const changePasswordRequestSchema = z
  .object({ current: z.string().min(1).max(200), next: passwordSchema })
  .refine((body) => body.current !== body.next, {
    path: ['next'],
    message: 'Choose a password other than the current one',
  });

/**
 * Who may manage whom: HQ manages everyone but themself-disabling; a manager manages the
 * clerks of their own store; a clerk manages nobody.
 */
export function canManageUser(
  actor: Pick<User, 'id' | 'role' | 'storeId'>,
  target: { role: Role; storeId: string | null },
): boolean {
  if (actor.role === 'hq') return true;
  if (actor.role === 'manager')
    return target.role === 'clerk' && target.storeId !== null && target.storeId === actor.storeId;
  return false;
}

/* ---------- The audit log: who changed what ---------- */

export const auditActions = [
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password_set',
  'user.password_changed',
  'content.published',
  'content.scheduled',
  'content.rolled_back',
  'content.media_uploaded',
  'numbers.imported',
  'numbers.withdrawn',
  'numbers.tier_rules',
  'commission.rules',
  'commission.dispute_opened',
  'commission.dispute_answered',
  'commission.period_closed',
  'device.enrolment_code',
  'device.revoked',
  'order.confirmed',
  'order.activated',
  'order.cancelled',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: epochMsSchema,
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.enum(auditActions),
  /** What was changed: `user:user-bj-xidan-clerk1`, `version:v-…`. */
  target: z.string().max(200),
  storeId: idSchema.nullable(),
  /** What changed, without secrets or personal data. */
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  storeId: idSchema.optional(),
  action: z.enum(auditActions).optional(),
  /** The `id` of the last entry of the previous page: newer entries come first. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next page; null on the last. */
  next: z.number().int().nullable(),
});
