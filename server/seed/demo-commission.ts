import { commissionRuleSchema, type CommissionRule } from '../../shared';
import { appendLedger, ledgerRow, type NewLedgerRow } from '../commission/ledger';
import { commissionFactsFor, replayOrderLines } from '../commission/replay';
import { insertCommissionRules } from '../commission/rules-repo';
import type { Db, NewOrderRow } from '../db/schema';
import type { DemoOrderEvent } from './demo-orders';

const day = 86_400_000;

/**
 * HQ's demo rules: a base per activation (raised 60 days ago: the old rule ended, a new one
 * began), plan tiers by monthly fee, the dear number tiers, a partner-store supplement and a
 * launch bonus on a few handsets.
 */
export function demoCommissionRules(
  now: number,
  bonusHandsetIds: readonly string[],
): CommissionRule[] {
  const start = now - 400 * day;
  const change = now - 60 * day;
  const rule = (r: Omit<CommissionRule, 'validFrom' | 'validTo'> & Partial<CommissionRule>) =>
    commissionRuleSchema.parse({ validFrom: start, validTo: null, ...r });
  return [
    rule({
      id: 'base-2000',
      name: { zh: '每户开通 ¥20', en: 'Per activation ¥20' },
      condition: { kind: 'per_activation' },
      amountFen: 2000,
      validTo: change,
      clawbackDays: 90,
    }),
    rule({
      id: 'base-2500',
      name: { zh: '每户开通 ¥25', en: 'Per activation ¥25' },
      condition: { kind: 'per_activation' },
      amountFen: 2500,
      validFrom: change,
      clawbackDays: 90,
    }),
    rule({
      id: 'plan-96',
      name: { zh: '套餐 ¥96–185', en: 'Plan ¥96–185' },
      condition: { kind: 'plan_tier', minMonthlyFeeFen: 9600, maxMonthlyFeeFen: 18600 },
      amountFen: 2000,
      clawbackDays: 90,
    }),
    rule({
      id: 'plan-186',
      name: { zh: '套餐 ¥186 及以上', en: 'Plan ¥186 and up' },
      condition: { kind: 'plan_tier', minMonthlyFeeFen: 18600, maxMonthlyFeeFen: null },
      amountFen: 5000,
      clawbackDays: 180,
    }),
    rule({
      id: 'number-gold',
      name: { zh: '金号', en: 'Gold number' },
      condition: { kind: 'number_tier', tierId: 'gold' },
      amountFen: 3000,
      clawbackDays: 90,
    }),
    rule({
      id: 'number-diamond',
      name: { zh: '钻石号', en: 'Diamond number' },
      condition: { kind: 'number_tier', tierId: 'diamond' },
      amountFen: 8000,
      clawbackDays: 180,
    }),
    rule({
      id: 'partner-store',
      name: { zh: '合作厅补贴', en: 'Partner store supplement' },
      condition: { kind: 'store_type', storeType: 'partner' },
      amountFen: 1000,
      clawbackDays: 0,
    }),
    ...bonusHandsetIds.map((handsetId) =>
      rule({
        id: `handset-${handsetId}`.slice(0, 64),
        name: { zh: `新机推广 ${handsetId}`, en: `Launch bonus ${handsetId}` },
        condition: { kind: 'handset', handsetId },
        amountFen: 1500,
        clawbackDays: 60,
      }),
    ),
  ];
}

/**
 * Writes the demo rules and the ledger of the demo's orders, replaying each order's events
 * through the same functions an activation and a cancellation use, so the figures are what
 * the live server would have written.
 */
export async function seedDemoCommission(
  trx: Db,
  input: {
    orders: readonly NewOrderRow[];
    events: readonly DemoOrderEvent[];
    bonusHandsetIds: readonly string[];
    now: number;
  },
): Promise<void> {
  const rules = demoCommissionRules(input.now, input.bonusHandsetIds);
  await insertCommissionRules(trx, rules, input.now);
  const factsOrders = input.orders.map((order) => ({
    store_id: order.store_id,
    handset_id: order.handset_id ?? null,
    number: order.number ?? null,
    lines: order.lines,
  }));
  const factsOf = await commissionFactsFor(trx, factsOrders);
  const eventsOf = new Map<string, DemoOrderEvent[]>();
  for (const event of input.events) {
    const list = eventsOf.get(event.order_id) ?? [];
    list.push(event);
    eventsOf.set(event.order_id, list);
  }
  const rows: NewLedgerRow[] = [];
  for (const [i, order] of input.orders.entries()) {
    const timeline = eventsOf.get(order.id) ?? [];
    const at = (status: string) => timeline.find((event) => event.status === status)?.at ?? null;
    const facts = factsOf(factsOrders[i]!);
    const ledgerOrder = {
      id: order.id,
      storeId: order.store_id,
      clerkId: order.clerk_id ?? null,
      correctedAt: order.corrected_at,
    };
    const life = {
      activatedAt: at('activated'),
      cancelledAt: at('cancelled'),
      cancelReason: order.cancel_reason ?? null,
    };
    for (const { line, at: lineAt } of replayOrderLines(
      { ...facts, correctedAt: order.corrected_at },
      life,
      rules,
    )) {
      rows.push(ledgerRow(ledgerOrder, line, lineAt));
    }
  }
  await appendLedger(trx, rows);
}
