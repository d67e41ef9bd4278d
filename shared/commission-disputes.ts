import { z } from 'zod';
import { commissionPeriodSchema, periodClosureSchema } from './commission-periods';
import type { Role } from './people';
import { epochMsSchema, idSchema } from './text';

/**
 * A clerk's disagreement with one ledger line, and the answer of the store's manager or HQ.
 * Imports nothing of commission.ts, which re-exports it (no import cycle at start-up).
 */
export const disputeStatusSchema = z.enum(['open', 'upheld', 'rejected']);
export type DisputeStatus = z.infer<typeof disputeStatusSchema>;

const messageSchema = z.string().trim().min(1, 'Say what is wrong').max(500);
/** A manager's correction: at most ¥10,000 either way, never zero. */
const adjustmentSchema = z
  .number()
  .int()
  .min(-1_000_000)
  .max(1_000_000)
  .refine((fen) => fen !== 0, 'An adjustment of ¥0 changes nothing');

export const openDisputeRequestSchema = z.object({
  lineId: z.number().int().positive().max(2_147_483_647),
  message: messageSchema,
});
export type OpenDisputeRequest = z.infer<typeof openDisputeRequestSchema>;

export const answerDisputeRequestSchema = z
  .object({
    decision: z.enum(['upheld', 'rejected']),
    message: messageSchema,
    /** Upheld only: an `adjustment` line of this amount is appended to the ledger. */
    adjustmentFen: adjustmentSchema.nullable().default(null),
  })
  .refine((answer) => answer.decision === 'upheld' || answer.adjustmentFen === null, {
    message: 'Only an upheld dispute adjusts the ledger',
    path: ['adjustmentFen'],
  });
export type AnswerDisputeRequest = z.infer<typeof answerDisputeRequestSchema>;

export const disputeParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const disputesQuerySchema = z.object({
  storeId: idSchema.optional(),
  status: disputeStatusSchema.optional(),
});

export const disputeSchema = z.object({
  id: z.number().int(),
  lineId: z.number().int(),
  ticket: z.string(),
  storeId: idSchema,
  clerkId: idSchema,
  clerkName: z.string(),
  period: z.string(),
  ruleName: z.object({ zh: z.string(), en: z.string() }),
  lineKind: z.enum(['earn', 'reversal', 'clawback', 'adjustment']),
  lineAmountFen: z.number().int(),
  message: z.string(),
  openedAt: epochMsSchema,
  status: disputeStatusSchema,
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: epochMsSchema.nullable(),
  adjustmentFen: z.number().int().nullable(),
});
export type CommissionDispute = z.infer<typeof disputeSchema>;
export const disputesResponseSchema = z.object({ disputes: z.array(disputeSchema) });

/** What the statement shows beside a line: its latest dispute. */
export const lineDisputeSchema = z.object({ id: z.number().int(), status: disputeStatusSchema });

export const statementTotalsSchema = z.object({
  earnFen: z.number().int(),
  reversalFen: z.number().int(),
  clawbackFen: z.number().int(),
  adjustmentFen: z.number().int(),
  totalFen: z.number().int(),
});

export const commissionSummaryQuerySchema = z.object({
  period: commissionPeriodSchema,
  storeId: idSchema.optional(),
});
/** A store's month: every clerk (with or without lines) and their totals. */
export const commissionSummarySchema = z.object({
  period: z.string(),
  storeId: idSchema,
  clerks: z.array(
    z.object({
      clerkId: idSchema,
      displayName: z.string(),
      lineCount: z.number().int(),
      openDisputes: z.number().int(),
      totals: statementTotalsSchema,
    }),
  ),
  /** Who closed the month and when; null while it is open. */
  closed: periodClosureSchema.nullable(),
});
export type CommissionSummary = z.infer<typeof commissionSummarySchema>;

type Caller = { id: string; role: Role; storeId: string | null };

/** Only the clerk a line pays may dispute it. */
export function mayDisputeLine(user: Caller, lineClerkId: string | null): boolean {
  return lineClerkId !== null && lineClerkId === user.id;
}

/** The manager of the line's store, or HQ; never the clerk who raised it. */
export function mayAnswerDispute(user: Caller, dispute: { storeId: string; clerkId: string }) {
  if (user.id === dispute.clerkId) return false;
  return user.role === 'hq' || (user.role === 'manager' && user.storeId === dispute.storeId);
}
