import {
  encodeCsv,
  fenAsYuan,
  salesFilterNames,
  type Language,
  type ReportName,
  type SalesFilterName,
  type SalesReport,
} from '../../shared';

const headings: Record<Language, string[]> = {
  zh: ['分组', '名称', '订单数', '销售额（元）', '已开通', '已取消'],
  en: ['Group', 'Name', 'Orders', 'Revenue (CNY)', 'Activated', 'Cancelled'],
};
const totalLabel: Record<Language, string> = { zh: '合计', en: 'Total' };
const filterLabels: Record<Language, Record<SalesFilterName, string>> = {
  zh: {
    storeType: '筛选：门店类型',
    district: '筛选：城区',
    zoneId: '筛选：体验专区',
    handsetId: '筛选：机型',
    planId: '筛选：套餐',
    bundleId: '筛选：组合优惠',
    clerkId: '筛选：店员',
    status: '筛选：订单状态',
  },
  en: {
    storeType: 'Filter: store type',
    district: 'Filter: district',
    zoneId: 'Filter: zone',
    handsetId: 'Filter: handset',
    planId: 'Filter: plan',
    bundleId: 'Filter: bundle',
    clerkId: 'Filter: clerk',
    status: 'Filter: status',
  },
};

/**
 * The report as the spreadsheet a manager opens in Excel: one row per group, then the total,
 * then one row per filter applied (its name and key), so a file says what it holds.
 */
export function salesCsv(
  report: SalesReport,
  language: Language,
  filterNames: Partial<Record<SalesFilterName, ReportName>> = {},
): string {
  const filterRows = salesFilterNames.flatMap((name) => {
    const value = report.filters[name];
    if (value === undefined) return [];
    const named = filterNames[name]?.[language];
    return [
      [filterLabels[language][name], named && named !== value ? `${named} (${value})` : value],
    ];
  });
  return encodeCsv([
    headings[language],
    ...report.groups.map((group) => [
      group.key ?? '',
      group.name[language],
      group.orders,
      fenAsYuan(group.revenueFen),
      group.activated,
      group.cancelled,
    ]),
    [
      '',
      totalLabel[language],
      report.totals.orders,
      fenAsYuan(report.totals.revenueFen),
      report.totals.activated,
      report.totals.cancelled,
    ],
    ...filterRows,
  ]);
}

/** `sales-<store or all>-<groupBy>[-filtered]-<from>-<to>.csv`: only characters safe in a header. */
export function salesCsvFileName(report: SalesReport): string {
  const store = (report.storeId ?? 'all').replace(/[^A-Za-z0-9_.-]/g, '_');
  const filtered = Object.keys(report.filters).length > 0 ? '-filtered' : '';
  return `sales-${store}-${report.groupBy}${filtered}-${report.from}-${report.to}.csv`;
}
