import { z } from 'zod';
import { epochMsSchema, idSchema } from './text';

export const roles = ['hq', 'manager', 'clerk'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const storeTypeSchema = z.enum(['own', 'partner']);
export type StoreType = z.infer<typeof storeTypeSchema>;

export const storeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  city: z.string().min(1).max(50),
  district: z.string().min(1).max(50),
  type: storeTypeSchema,
});
export type Store = z.infer<typeof storeSchema>;

/** A console user. HQ users have no store; managers and clerks belong to exactly one. */
export const userSchema = z.object({
  id: idSchema,
  login: z.string().min(1).max(64),
  displayName: z.string().min(1).max(100),
  role: roleSchema,
  storeId: idSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

export const deviceSchema = z.object({
  id: idSchema,
  storeId: idSchema,
  label: z.string().max(100),
  enrolledAt: epochMsSchema,
  revokedAt: epochMsSchema.nullable(),
  lastSeenAt: epochMsSchema.nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

export const loginRequestSchema = z.object({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionResponseSchema = z.object({ user: userSchema, expiresAt: epochMsSchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const enrolmentCodeRequestSchema = z.object({ storeId: idSchema });
export const enrolmentCodeResponseSchema = z.object({
  code: z.string(),
  expiresAt: epochMsSchema,
});
export type EnrolmentCodeResponse = z.infer<typeof enrolmentCodeResponseSchema>;

export const enrolRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/i, 'An enrolment code looks like ABCD-1234'),
  label: z.string().trim().max(100).optional(),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  deviceId: idSchema,
  storeId: idSchema,
  token: z.string().min(32),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/** Who may see what: the single rule for store scope, used by every endpoint. */
export function canSeeStore(user: Pick<User, 'role' | 'storeId'>, storeId: string): boolean {
  return user.role === 'hq' || user.storeId === storeId;
}
