import { funnelRates, type FunnelReport, type FunnelSteps } from '../../shared';

export interface StoreFunnelRow extends FunnelSteps {
  storeId: string;
  name: string;
  playRate: number | null;
  tapRate: number | null;
  orderRate: number | null;
  overallRate: number | null;
}

/**
 * The funnel per store (HQ comparing stores): each store's steps in one zone, or summed over
 * every zone (null), busiest first — by orders, then views, then name, so ties never flicker.
 */
export function storeFunnelRows(report: FunnelReport, zoneId: string | null): StoreFunnelRow[] {
  return report.stores
    .map((store) => {
      const zones = store.zones.filter((zone) => zoneId === null || zone.zoneId === zoneId);
      const steps = zones.reduce<FunnelSteps>(
        (sum, zone) => ({
          views: sum.views + zone.views,
          plays: sum.plays + zone.plays,
          taps: sum.taps + zone.taps,
          orders: sum.orders + zone.orders,
        }),
        { views: 0, plays: 0, taps: 0, orders: 0 },
      );
      return { storeId: store.storeId, name: store.name, ...steps, ...funnelRates(steps) };
    })
    .sort(
      (a, b) =>
        b.orders - a.orders ||
        b.views - a.views ||
        a.name.localeCompare(b.name, 'zh-CN') ||
        a.storeId.localeCompare(b.storeId),
    );
}
