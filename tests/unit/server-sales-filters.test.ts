import { describe, expect, it } from 'vitest';
import { salesGroupBys, type SalesGroupBy, type SalesReport } from '../../shared';
import { salesCsv, salesCsvFileName } from '../../server/reports/sales-csv';
import { salesRollupFor } from '../../server/reports/sales-conditions';

describe('which rollup answers a report', () => {
  const storeLevel: SalesGroupBy[] = ['day', 'week', 'month', 'store', 'storeType', 'district'];

  it.each(salesGroupBys)('groups by %s from the narrowest rollup that holds it', (groupBy) => {
    expect(salesRollupFor(groupBy, {})).toBe(
      storeLevel.includes(groupBy) ? 'sales_store_daily' : 'sales_daily',
    );
  });

  it.each(storeLevel)('keeps %s on the per-store rollup under store filters', (groupBy) => {
    const filters = { storeType: 'own', district: '广州/天河区', status: 'activated' } as const;
    expect(salesRollupFor(groupBy, filters)).toBe('sales_store_daily');
  });

  it.each(['zoneId', 'handsetId', 'planId', 'bundleId', 'clerkId'] as const)(
    'reads the full-key rollup once %s is filtered, whatever the grouping',
    (filter) => {
      for (const groupBy of salesGroupBys)
        expect(salesRollupFor(groupBy, { [filter]: 'x' })).toBe('sales_daily');
    },
  );
});

describe('a filtered CSV', () => {
  const report: SalesReport = {
    from: '2026-11-01',
    to: '2026-11-30',
    storeId: null,
    groupBy: 'store',
    status: 'activated',
    filters: { storeType: 'partner', handsetId: 'h-1', status: 'activated' },
    totals: { orders: 2, revenueFen: 123_45, activated: 2, cancelled: 0 },
    groups: [
      {
        key: 'sz',
        name: { zh: '深圳店', en: 'Shenzhen' },
        orders: 2,
        revenueFen: 123_45,
        activated: 2,
        cancelled: 0,
      },
    ],
  };

  it('spells out its filters under the total, named in its language', () => {
    const lines = salesCsv(report, 'zh', {
      storeType: { zh: '合作店', en: 'Partner store' },
      handsetId: { zh: '华为 P1', en: 'Huawei P1' },
      status: { zh: '已开通', en: 'Activated' },
    }).split('\r\n');
    expect(lines.slice(1)).toEqual([
      'sz,深圳店,2,123.45,2,0',
      ',合计,2,123.45,2,0',
      '筛选：门店类型,合作店 (partner)',
      '筛选：机型,华为 P1 (h-1)',
      '筛选：订单状态,已开通 (activated)',
      '',
    ]);
  });

  it('says in its name that it is filtered, and adds nothing when it is not', () => {
    expect(salesCsvFileName(report)).toBe('sales-all-store-filtered-2026-11-01-2026-11-30.csv');
    const plain = { ...report, status: null, filters: {} };
    expect(salesCsvFileName(plain)).toBe('sales-all-store-2026-11-01-2026-11-30.csv');
    expect(salesCsv(plain, 'en').trimEnd().split('\r\n').at(-1)).toBe(',Total,2,123.45,2,0');
  });
});
