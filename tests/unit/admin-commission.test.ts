import { describe, expect, it } from 'vitest';
import {
  canFlagLine,
  disputeStatusKey,
  formatSignedMoney,
  lineKindKey,
  periodCloseState,
  periodLabel,
  recentPeriods,
  signedYuanToFen,
} from '../../admin/commission/commission-format';
import {
  emptyRuleForm,
  endTimeOf,
  ruleFromForm,
  ruleState,
} from '../../admin/commission/rule-form';
import { messagesByLanguage } from '../../admin/i18n/messages';

describe('the months a statement can be picked for', () => {
  it.each([
    // 2026-03-31 17:00 UTC is already 1 April in Beijing.
    [Date.UTC(2026, 2, 31, 17), 3, ['2026-04', '2026-03', '2026-02']],
    [Date.UTC(2026, 2, 31, 15), 3, ['2026-03', '2026-02', '2026-01']],
    [Date.UTC(2026, 1, 10), 4, ['2026-02', '2026-01', '2025-12', '2025-11']],
    [Date.UTC(2026, 0, 1), 1, ['2026-01']],
  ])('from %i, %i months back', (now, count, expected) => {
    expect(recentPeriods(now, count)).toEqual(expected);
  });

  it('offers a year by default', () => {
    expect(recentPeriods(Date.UTC(2026, 5, 1))).toHaveLength(12);
  });

  it.each([
    ['2026-03', 'zh', '2026年3月'],
    ['2026-03', 'en', 'March 2026'],
    ['2025-12', 'en', 'December 2025'],
  ] as const)('names %s in %s as %s', (period, language, label) => {
    expect(periodLabel(period, language)).toBe(label);
  });
});

describe('a manager’s adjustment as typed', () => {
  it.each([
    ['30', 3000],
    ['+8', 800],
    ['-12.5', -1250],
    [' - 0.05 ', -5],
    ['10000', 1_000_000],
    ['10000.01', null],
    ['0', null],
    ['-0.00', null],
    ['1e3', null],
    ['12.345', null],
    ['abc', null],
    ['', null],
    ['--5', null],
  ])('%j is %s fen', (text, fen) => {
    expect(signedYuanToFen(text)).toBe(fen);
  });
});

describe('money with its sign', () => {
  it.each([
    [2500, 'zh', '¥25'],
    [-2500, 'zh', '−¥25'],
    [-1234567, 'zh', '−¥12,345.67'],
    [0, 'en', 'CNY 0'],
  ] as const)('%i fen in %s', (fen, language, text) => {
    expect(formatSignedMoney(fen, language)).toBe(text);
  });
});

describe('which lines a viewer may dispute', () => {
  const line = (kind: 'earn' | 'adjustment', status: 'open' | 'upheld' | null) => ({
    kind,
    dispute: status && { status },
  });
  it.each([
    ['their own earned line', line('earn', null), 'c1', 'c1', true],
    ['a line whose dispute was answered', line('earn', 'upheld'), 'c1', 'c1', true],
    ['a line already disputed', line('earn', 'open'), 'c1', 'c1', false],
    ['a manager’s adjustment', line('adjustment', null), 'c1', 'c1', false],
    ['another clerk’s line (a manager viewing)', line('earn', null), 'm1', 'c1', false],
  ])('%s', (_name, candidate, viewer, owner, allowed) => {
    expect(canFlagLine(candidate, viewer, owner)).toBe(allowed);
  });
});

describe('the page’s words', () => {
  it.each(['zh', 'en'] as const)('name every line kind and dispute status in %s', (language) => {
    const messages = messagesByLanguage[language];
    for (const key of [...Object.values(lineKindKey), ...Object.values(disputeStatusKey)]) {
      expect(messages[key]).toBeTruthy();
    }
  });
});

describe('a new rule as HQ types it', () => {
  // 2026-03-15 12:00 in Beijing.
  const now = Date.UTC(2026, 2, 15, 4);
  const form = { ...emptyRuleForm, nameZh: '新机', nameEn: 'New phone', amount: '15' };
  it('runs from now, open-ended, when no days are chosen', () => {
    expect(ruleFromForm(form, now)).toEqual({
      ok: true,
      rule: {
        name: { zh: '新机', en: 'New phone' },
        condition: { kind: 'per_activation' },
        amountFen: 1500,
        validFrom: now,
        validTo: null,
        clawbackDays: 90,
      },
    });
  });
  it('starts at 00:00 Beijing time of a later day', () => {
    const outcome = ruleFromForm({ ...form, fromDay: '2026-04-01', toDay: '2026-05-01' }, now);
    expect(outcome).toMatchObject({
      ok: true,
      rule: { validFrom: Date.UTC(2026, 2, 31, 16), validTo: Date.UTC(2026, 3, 30, 16) },
    });
  });
  it.each([
    ['no names', { nameZh: ' ', nameEn: '' }, ['nameZh', 'nameEn']],
    ['a start today (already past)', { fromDay: '2026-03-15' }, ['fromDay']],
    ['an end before the start', { fromDay: '2026-04-02', toDay: '2026-04-01' }, ['toDay']],
    ['no amount', { amount: '0' }, ['amount']],
    ['an amount of words', { amount: 'ten' }, ['amount']],
    ['a clawback of -1 days', { clawbackDays: '-1' }, ['clawbackDays']],
    ['a plan band without a bottom', { kind: 'plan_tier', minFee: '' }, ['minFee']],
    ['a band upside down', { kind: 'plan_tier', minFee: '186', maxFee: '96' }, ['maxFee']],
    ['a handset id with spaces', { kind: 'handset', handsetId: 'a b' }, ['handsetId']],
  ] as const)('refuses %s', (_name, patch, problems) => {
    expect(ruleFromForm({ ...form, ...patch }, now)).toEqual({ ok: false, problems });
  });
  it('pays a plan band from its bottom, with or without a top', () => {
    const open = ruleFromForm({ ...form, kind: 'plan_tier', minFee: '186' }, now);
    expect(open).toMatchObject({
      ok: true,
      rule: { condition: { kind: 'plan_tier', minMonthlyFeeFen: 18600, maxMonthlyFeeFen: null } },
    });
  });
});

describe('a rule’s state and end', () => {
  const now = Date.UTC(2026, 2, 15, 4);
  it.each([
    [{ validFrom: now - 1, validTo: null }, 'inForce'],
    [{ validFrom: now + 1, validTo: null }, 'upcoming'],
    [{ validFrom: now - 9, validTo: now }, 'ended'],
    [{ validFrom: now - 9, validTo: now + 1 }, 'inForce'],
  ] as const)('%o is %s', (rule, state) => {
    expect(ruleState(rule, now)).toBe(state);
  });
  it.each([
    ['', now],
    ['2026-03-16', Date.UTC(2026, 2, 15, 16)],
    ['2026-03-15', null],
    ['2026-02-30', null],
  ] as const)('ends %j at %s', (day, at) => {
    expect(endTimeOf(day, now)).toBe(at);
  });
});

describe('what the month bar offers', () => {
  const closure = {
    period: '2026-10',
    closedAt: Date.UTC(2026, 10, 3),
    closedBy: { id: 'user-hq', displayName: '总部管理员' },
  };
  const now = Date.UTC(2026, 11, 10);
  it.each([
    ['hq', '2026-11', 'closable'],
    ['hq', '2026-12', 'none'],
    ['hq', '2026-10', 'closed'],
    ['manager', '2026-11', 'none'],
    ['clerk', '2026-10', 'closed'],
  ] as const)('%s, %s: %s', (role, period, kind) => {
    expect(periodCloseState(role, period, [closure], now).kind).toBe(kind);
  });

  it('names who closed the month', () => {
    expect(periodCloseState('manager', '2026-10', [closure], now)).toEqual({
      kind: 'closed',
      closure,
    });
  });
});
