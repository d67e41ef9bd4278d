import { describe, expect, it } from 'vitest';
import {
  answerDisputeRequestSchema,
  mayAnswerDispute,
  mayDisputeLine,
  newCommissionRuleSchema,
  newRuleTimes,
  ruleClockSlackMs,
  ruleEndTime,
  rulesForStaff,
  type CommissionRule,
} from '../../shared';

const now = Date.UTC(2026, 2, 15, 4);
const hour = 3_600_000;
const rule = (validFrom: number, validTo: number | null): CommissionRule => ({
  id: `r-${validFrom}-${validTo}`,
  name: { zh: '规则', en: 'Rule' },
  condition: { kind: 'per_activation' },
  amountFen: 1000,
  validFrom,
  validTo,
  clawbackDays: 0,
});

describe('when HQ may start a new rule', () => {
  it.each([
    ['tomorrow, open-ended', now + 24 * hour, null, { validFrom: now + 24 * hour, validTo: null }],
    ['now', now, now + hour, { validFrom: now, validTo: now + hour }],
    [
      'a browser a minute behind: taken as now',
      now - 60_000,
      null,
      { validFrom: now, validTo: null },
    ],
    ['an hour ago', now - hour, null, { code: 'rule_backdated', field: 'validFrom' }],
    [
      'just past the slack',
      now - ruleClockSlackMs - 1,
      null,
      { code: 'rule_backdated', field: 'validFrom' },
    ],
    [
      'ending as it starts',
      now + hour,
      now + hour,
      { code: 'rule_ends_before_start', field: 'validTo' },
    ],
    [
      'ending before now (slack start)',
      now - 60_000,
      now - 1,
      { code: 'rule_ends_before_start', field: 'validTo' },
    ],
  ] as const)('%s', (_name, validFrom, validTo, expected) => {
    expect(newRuleTimes({ validFrom, validTo }, now)).toEqual(expected);
  });
});

describe('when HQ may end a rule', () => {
  it.each([
    [
      'an open rule, from tomorrow',
      rule(now - 99 * hour, null),
      now + 24 * hour,
      { validTo: now + 24 * hour },
    ],
    ['an open rule, now', rule(now - 99 * hour, null), now, { validTo: now }],
    [
      'an open rule, a minute ago: now',
      rule(now - 99 * hour, null),
      now - 60_000,
      { validTo: now },
    ],
    [
      'an open rule, yesterday',
      rule(now - 99 * hour, null),
      now - 24 * hour,
      { code: 'rule_backdated', field: 'validTo' },
    ],
    [
      'a rule ended already',
      rule(now - 99 * hour, now - hour),
      now + hour,
      { code: 'rule_already_ended', field: 'validTo' },
    ],
    [
      'a rule ending later, sooner',
      rule(now - 9 * hour, now + 9 * hour),
      now + hour,
      { validTo: now + hour },
    ],
    [
      'a rule ending later, later still',
      rule(now - 9 * hour, now + 9 * hour),
      now + 10 * hour,
      { code: 'rule_end_later', field: 'validTo' },
    ],
    [
      'a rule not started, before its start',
      rule(now + 9 * hour, null),
      now + hour,
      { code: 'rule_ends_before_start', field: 'validTo' },
    ],
  ] as const)('%s', (_name, existing, validTo, expected) => {
    expect(ruleEndTime(existing, validTo, now)).toEqual(expected);
  });
});

describe('the rules staff see', () => {
  it('are those in force and those to come, never the ended ones', () => {
    const ended = rule(now - 9 * hour, now - hour);
    const endsNow = rule(now - 9 * hour, now);
    const running = rule(now - 9 * hour, null);
    const coming = rule(now + hour, null);
    expect(rulesForStaff([ended, endsNow, running, coming], now)).toEqual([running, coming]);
  });
});

describe('a new rule’s body', () => {
  const body = {
    name: { zh: '规则', en: 'Rule' },
    condition: { kind: 'plan_tier', minMonthlyFeeFen: 9600, maxMonthlyFeeFen: 18600 },
    amountFen: 1000,
    validFrom: now,
    clawbackDays: 90,
  };
  it.each([
    ['a good one', body, true],
    [
      'a band upside down',
      { ...body, condition: { ...body.condition, maxMonthlyFeeFen: 9600 } },
      false,
    ],
    ['nothing paid', { ...body, amountFen: 0 }, false],
    ['more than ¥10,000', { ...body, amountFen: 1_000_001 }, false],
    ['fractions of a fen', { ...body, amountFen: 10.5 }, false],
    ['a blank name', { ...body, name: { zh: ' ', en: 'Rule' } }, false],
    ['an unknown kind', { ...body, condition: { kind: 'lucky_day' } }, false],
    ['a string amount', { ...body, amountFen: '1000' }, false],
  ])('%s', (_name, candidate, valid) => {
    expect(newCommissionRuleSchema.safeParse(candidate).success).toBe(valid);
  });
});

describe('who may dispute and answer', () => {
  const clerk = { id: 'c1', role: 'clerk', storeId: 's1' } as const;
  const manager = { id: 'm1', role: 'manager', storeId: 's1' } as const;
  const otherManager = { id: 'm2', role: 'manager', storeId: 's2' } as const;
  const hq = { id: 'hq', role: 'hq', storeId: null } as const;
  it.each([
    [clerk, 'c1', true],
    [clerk, 'c2', false],
    [clerk, null, false],
    [manager, 'c1', false],
    [hq, 'c1', false],
  ] as const)('%o disputes a line of %s: %s', (user, lineClerk, allowed) => {
    expect(mayDisputeLine(user, lineClerk)).toBe(allowed);
  });
  it.each([
    [clerk, false],
    [manager, true],
    [otherManager, false],
    [hq, true],
    [{ ...manager, id: 'c1' }, false],
  ] as const)('%o answers a dispute of c1 in s1: %s', (user, allowed) => {
    expect(mayAnswerDispute(user, { storeId: 's1', clerkId: 'c1' })).toBe(allowed);
  });
  it.each([
    [{ decision: 'upheld', message: 'Yes', adjustmentFen: 500 }, true],
    [{ decision: 'upheld', message: 'Yes' }, true],
    [{ decision: 'rejected', message: 'No' }, true],
    [{ decision: 'rejected', message: 'No', adjustmentFen: 500 }, false],
    [{ decision: 'upheld', message: 'Yes', adjustmentFen: 0 }, false],
    [{ decision: 'upheld', message: ' ' }, false],
    [{ decision: 'maybe', message: 'Hm' }, false],
  ])('an answer %o is valid: %s', (answer, valid) => {
    expect(answerDisputeRequestSchema.safeParse(answer).success).toBe(valid);
  });
});
