import { describe, expect, it } from 'vitest';
import { formatFen, priceCart, samePricing, ticketFromUuid } from '../../shared';

const handset = { id: 'h1', priceFen: 299_900 };
const contractPlan = {
  id: 'p1',
  monthlyFeeFen: 18_600,
  handsetSubsidyFen: 100_000,
  contractMonths: 24,
};
const prepaidPlan = { ...contractPlan, id: 'p2', contractMonths: 0 };

describe('priceCart', () => {
  it.each([
    ['a handset alone', { handset, plan: null, number: null }, 299_900],
    [
      'a plan alone pays its first month',
      { handset: null, plan: contractPlan, number: null },
      18_600,
    ],
    [
      'a contract plan subsidises the handset',
      { handset, plan: contractPlan, number: null },
      299_900 + 18_600 - 100_000,
    ],
    [
      'no subsidy without a contract',
      { handset, plan: prepaidPlan, number: null },
      299_900 + 18_600,
    ],
    [
      'the subsidy never exceeds the handset price',
      { handset: { id: 'h2', priceFen: 50_000 }, plan: contractPlan, number: null },
      18_600,
    ],
    [
      'a nice number adds its price',
      { handset, plan: null, number: { number: '13088888888', priceFen: 88_800 } },
      299_900 + 88_800,
    ],
  ])('prices %s', (_name, input, total) => {
    const priced = priceCart(input);
    expect(priced.totalFen).toBe(total);
    expect(priced.lines.reduce((sum, line) => sum + line.unitFen * line.quantity, 0)).toBe(total);
  });

  it('detects a tampered line even when the total is unchanged', () => {
    const honest = priceCart({ handset, plan: contractPlan, number: null });
    const tampered = {
      totalFen: honest.totalFen,
      lines: honest.lines.map((line) =>
        line.kind === 'handset'
          ? { ...line, unitFen: line.unitFen - 1 }
          : line.kind === 'plan'
            ? { ...line, unitFen: line.unitFen + 1 }
            : line,
      ),
    };
    expect(samePricing(honest, priceCart({ handset, plan: contractPlan, number: null }))).toBe(
      true,
    );
    expect(samePricing(honest, tampered)).toBe(false);
  });
});

describe('formatting and tickets', () => {
  it('formats fen as yuan', () => {
    expect(formatFen(299_900)).toBe('¥2999');
    expect(formatFen(4_650)).toBe('¥46.50');
    expect(formatFen(4_650, 'en')).toBe('CNY 46.50');
  });

  it('makes a stable, unambiguous ticket from a uuid', () => {
    const id = '3f2b8c1e-9d4a-4b7e-8f10-2c3d4e5f6a7b';
    const ticket = ticketFromUuid(id);
    expect(ticket).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(ticketFromUuid(id)).toBe(ticket);
    expect(ticketFromUuid('00000000-0000-4000-8000-000000000001')).not.toBe(ticket);
  });
});
