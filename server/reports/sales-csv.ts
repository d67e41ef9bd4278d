import { encodeCsv, fenAsYuan, type Language, type SalesReport } from '../../shared';

const headings: Record<Language, string[]> = {
  zh: ['分组', '名称', '订单数', '销售额（元）', '已开通', '已取消'],
  en: ['Group', 'Name', 'Orders', 'Revenue (CNY)', 'Activated', 'Cancelled'],
};
const totalLabel: Record<Language, string> = { zh: '合计', en: 'Total' };

/** The report as the spreadsheet a manager opens in Excel: one row per group, then the total. */
export function salesCsv(report: SalesReport, language: Language): string {
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
  ]);
}

/** `sales-<store or all>-<groupBy>-<from>-<to>.csv`: only characters safe in a header. */
export function salesCsvFileName(report: SalesReport): string {
  const store = (report.storeId ?? 'all').replace(/[^A-Za-z0-9_.-]/g, '_');
  return `sales-${store}-${report.groupBy}-${report.from}-${report.to}.csv`;
}
