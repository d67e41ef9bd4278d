import { commissionConditionSchema, commissionRuleSchema, type CommissionRule } from '../../shared';
import type { Db } from '../db/schema';

/** Writes new rules (rules are never edited: end one with `validTo` and write another). */
export async function insertCommissionRules(
  db: Db,
  rules: readonly CommissionRule[],
  now: number,
  createdBy: string | null = null,
): Promise<void> {
  if (rules.length === 0) return;
  await db
    .insertInto('commission_rules')
    .values(
      rules.map((rule) => ({
        id: rule.id,
        name_zh: rule.name.zh,
        name_en: rule.name.en,
        kind: rule.condition.kind,
        condition: JSON.stringify(rule.condition),
        amount_fen: rule.amountFen,
        valid_from: rule.validFrom,
        valid_to: rule.validTo,
        clawback_days: rule.clawbackDays,
        created_at: now,
        created_by: createdBy,
      })),
    )
    .execute();
}

/** One rule by id, or undefined. */
export async function findCommissionRule(db: Db, id: string): Promise<CommissionRule | undefined> {
  const rules = await readCommissionRules(db, id);
  return rules[0];
}

/**
 * Ends a rule from `validTo` on; the only change a rule ever takes, and only to a time not
 * yet past (shared/commission.ts `ruleEndTime`), so no line it paid loses its reason.
 */
export async function endCommissionRule(db: Db, id: string, validTo: number): Promise<void> {
  await db
    .updateTable('commission_rules')
    .set({ valid_to: validTo })
    .where('id', '=', id)
    .execute();
}

/** Every rule ever written: a few dozen rows, read whole and filtered by the pure rules. */
export async function readCommissionRules(db: Db, onlyId?: string): Promise<CommissionRule[]> {
  const rows = await db
    .selectFrom('commission_rules')
    .selectAll()
    .$if(onlyId !== undefined, (q) => q.where('id', '=', onlyId ?? ''))
    .orderBy('id')
    .execute();
  return rows.map((row) =>
    commissionRuleSchema.parse({
      id: row.id,
      name: { zh: row.name_zh, en: row.name_en },
      condition: commissionConditionSchema.parse(JSON.parse(row.condition)),
      amountFen: row.amount_fen,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      clawbackDays: row.clawback_days,
    }),
  );
}
