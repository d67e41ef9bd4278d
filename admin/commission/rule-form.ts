import {
  newCommissionRuleSchema,
  type CommissionCondition,
  type CommissionRule,
  type CommissionRuleKind,
  type NewCommissionRule,
} from '../../shared';
import { yuanToFen } from '../content/money-input';
import { storeDayStartMs } from '../orders/store-time';

/** What HQ types in the new-rule form, all as text until it is sent. */
export interface RuleForm {
  nameZh: string;
  nameEn: string;
  kind: CommissionRuleKind;
  /** plan_tier: the band in yuan; the top may be left empty (no top). */
  minFee: string;
  maxFee: string;
  handsetId: string;
  tierId: string;
  storeType: 'own' | 'partner';
  amount: string;
  clawbackDays: string;
  /** Empty: from now; else a day (YYYY-MM-DD) from whose start in store time it runs. */
  fromDay: string;
  /** Empty: open-ended. */
  toDay: string;
}

export const emptyRuleForm: RuleForm = {
  nameZh: '',
  nameEn: '',
  kind: 'per_activation',
  minFee: '',
  maxFee: '',
  handsetId: '',
  tierId: '',
  storeType: 'partner',
  amount: '',
  clawbackDays: '90',
  fromDay: '',
  toDay: '',
};

export type RuleFormField =
  | 'nameZh'
  | 'nameEn'
  | 'minFee'
  | 'maxFee'
  | 'handsetId'
  | 'tierId'
  | 'amount'
  | 'clawbackDays'
  | 'fromDay'
  | 'toDay';

function conditionOf(form: RuleForm, problems: Set<RuleFormField>): CommissionCondition {
  switch (form.kind) {
    case 'per_activation':
      return { kind: 'per_activation' };
    case 'plan_tier': {
      const min = yuanToFen(form.minFee);
      const max = form.maxFee.trim() === '' ? null : yuanToFen(form.maxFee);
      if (min === null) problems.add('minFee');
      if (form.maxFee.trim() !== '' && (max === null || (min !== null && max <= min))) {
        problems.add('maxFee');
      }
      return { kind: 'plan_tier', minMonthlyFeeFen: min ?? 0, maxMonthlyFeeFen: max };
    }
    case 'handset':
      if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(form.handsetId.trim())) problems.add('handsetId');
      return { kind: 'handset', handsetId: form.handsetId.trim() };
    case 'number_tier':
      if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(form.tierId.trim())) problems.add('tierId');
      return { kind: 'number_tier', tierId: form.tierId.trim() };
    case 'store_type':
      return { kind: 'store_type', storeType: form.storeType };
  }
}

/**
 * The rule to send, or the fields that are wrong. A start is now or the start of a later day
 * (the server refuses the past); an end is the start of a later day than the start.
 */
export function ruleFromForm(
  form: RuleForm,
  now: number,
): { ok: true; rule: NewCommissionRule } | { ok: false; problems: RuleFormField[] } {
  const problems = new Set<RuleFormField>();
  if (form.nameZh.trim() === '' || form.nameZh.trim().length > 80) problems.add('nameZh');
  if (form.nameEn.trim() === '' || form.nameEn.trim().length > 80) problems.add('nameEn');
  const condition = conditionOf(form, problems);
  const amountFen = yuanToFen(form.amount);
  if (amountFen === null || amountFen < 1 || amountFen > 1_000_000) problems.add('amount');
  const clawbackDays = /^\d{1,4}$/.test(form.clawbackDays.trim())
    ? Number(form.clawbackDays)
    : Number.NaN;
  if (!(clawbackDays >= 0 && clawbackDays <= 3650)) problems.add('clawbackDays');
  const validFrom = form.fromDay === '' ? now : storeDayStartMs(form.fromDay);
  if (validFrom === null || validFrom < now) problems.add('fromDay');
  const validTo = form.toDay === '' ? null : storeDayStartMs(form.toDay);
  if (form.toDay !== '' && (validTo === null || validTo <= (validFrom ?? now))) {
    problems.add('toDay');
  }
  if (problems.size > 0) return { ok: false, problems: [...problems] };
  const parsed = newCommissionRuleSchema.safeParse({
    name: { zh: form.nameZh.trim(), en: form.nameEn.trim() },
    condition,
    amountFen,
    validFrom,
    validTo,
    clawbackDays,
  });
  return parsed.success ? { ok: true, rule: parsed.data } : { ok: false, problems: ['amount'] };
}

export type RuleState = 'upcoming' | 'inForce' | 'ended';

export function ruleState(
  rule: Pick<CommissionRule, 'validFrom' | 'validTo'>,
  now: number,
): RuleState {
  if (rule.validTo !== null && rule.validTo <= now) return 'ended';
  return rule.validFrom > now ? 'upcoming' : 'inForce';
}

/** A day the end picker may offer: the start of a later day in store time, or null. */
export function endTimeOf(day: string, now: number): number | null {
  if (day === '') return now;
  const start = storeDayStartMs(day);
  return start !== null && start > now ? start : null;
}
