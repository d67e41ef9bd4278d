import { describe, expect, it } from 'vitest';
import {
  bundleSaving,
  cartProblem,
  formatFen,
  priceCart,
  samePricing,
  ticketFromUuid,
} from '../../shared';

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

const mail = { id: 'mail', monthlyFeeFen: 500 };
const ringback = { id: 'ringback', monthlyFeeFen: 300 };
const box = {
  id: 'box',
  handsetId: 'h1',
  planId: 'p1',
  serviceIds: ['mail'],
  gifts: [{ name: { zh: '保护套', en: 'Case' }, valueFen: 9_900 }],
  priceFen: 259_900,
};

describe('priceCart with gift boxes and services', () => {
  it.each([
    [
      'a service alone pays its first month',
      { handset: null, plan: null, number: null, services: [ringback] },
      ['service:ringback:300'],
    ],
    [
      'a gift box replaces the handset price and takes no subsidy',
      { handset, plan: contractPlan, number: null, bundle: box, services: [mail] },
      ['bundle:box:259900', 'plan:p1:18600', 'service:mail:0'],
    ],
    [
      'services outside the box are paid, in the order chosen',
      { handset, plan: contractPlan, number: null, bundle: box, services: [ringback, mail] },
      ['bundle:box:259900', 'plan:p1:18600', 'service:ringback:300', 'service:mail:0'],
    ],
    [
      'without a box the same handset is subsidised and every service paid',
      { handset, plan: contractPlan, number: null, services: [mail] },
      ['handset:h1:299900', 'plan:p1:18600', 'subsidy:p1:-100000', 'service:mail:500'],
    ],
    [
      'a number comes before services',
      {
        handset: null,
        plan: prepaidPlan,
        number: { number: '13088888888', priceFen: 10_000 },
        services: [mail],
      },
      ['plan:p2:18600', 'number:13088888888:10000', 'service:mail:500'],
    ],
  ])('%s', (_name, input, lines) => {
    const priced = priceCart(input);
    expect(priced.lines.map((l) => `${l.kind}:${l.refId}:${l.unitFen}`)).toEqual(lines);
    expect(priced.totalFen).toBe(priced.lines.reduce((sum, l) => sum + l.unitFen, 0));
  });

  it('catches a kiosk that dropped an included service from the price of a paid one', () => {
    const honest = priceCart({
      handset,
      plan: null,
      number: null,
      bundle: box,
      services: [ringback],
    });
    const tampered = priceCart({ handset, plan: null, number: null, bundle: box, services: [] });
    expect(samePricing(honest, tampered)).toBe(false);
  });

  it.each([
    ['the box as sold', { handsetId: 'h1', planId: 'p1', serviceIds: ['mail'] }, null],
    ['another handset', { handsetId: 'h2', planId: 'p1', serviceIds: ['mail'] }, 'bundle_handset'],
    ['another plan', { handsetId: 'h1', planId: 'p2', serviceIds: ['mail'] }, 'bundle_plan'],
    ['no plan', { handsetId: 'h1', planId: null, serviceIds: ['mail'] }, 'bundle_plan'],
    ['its service removed', { handsetId: 'h1', planId: 'p1', serviceIds: [] }, 'bundle_services'],
    ['more services', { handsetId: 'h1', planId: 'p1', serviceIds: ['x', 'mail'] }, null],
  ])('cartProblem: %s', (_name, cart, problem) => {
    expect(cartProblem({ ...cart, bundle: box })).toBe(problem);
  });

  it('lets a box without a plan go with any plan or none', () => {
    const planless = { ...box, planId: null };
    expect(
      cartProblem({ handsetId: 'h1', planId: null, serviceIds: ['mail'], bundle: planless }),
    ).toBeNull();
    expect(
      cartProblem({ handsetId: 'h1', planId: 'p9', serviceIds: ['mail'], bundle: planless }),
    ).toBeNull();
  });

  it('shows the saving against the handset, gifts and included services bought apart', () => {
    expect(bundleSaving(box, handset, [mail, ringback])).toEqual({
      separateFen: 299_900 + 9_900 + 500,
      savingFen: 299_900 + 9_900 + 500 - 259_900,
    });
    expect(bundleSaving({ ...box, priceFen: 400_000 }, handset, []).savingFen).toBe(0);
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
