import {
  commissionPeriod,
  periodHasEnded,
  type ClosedPeriod,
  type CommissionLineKind,
  type DisputeStatus,
  type Language,
  type Role,
} from '../../shared';
import type { MessageKey } from '../i18n/messages';
import { formatMoney } from '../orders/order-format';

/** The months a statement can be picked for, newest first: this one and the `count - 1` before. */
export function recentPeriods(now: number, count = 12): string[] {
  const [year, month] = commissionPeriod(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** "2026-03" → "2026年3月" or "March 2026". */
export function periodLabel(period: string, language: Language): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  if (language === 'zh') return `${year}年${month}月`;
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${name} ${year}`;
}

/**
 * A correction as a manager types it in yuan, signed ("30", "-12.5", "+8"), to fen; null when
 * it is not an amount, is zero, or is beyond ¥10,000 either way (the server's limit).
 */
export function signedYuanToFen(text: string): number | null {
  const match = /^\s*([+-]?)\s*(\d{1,5})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  if (fen === 0 || fen > 1_000_000) return null;
  return match[1] === '-' ? -fen : fen;
}

export const lineKindKey = {
  earn: 'commission.kind.earn',
  reversal: 'commission.kind.reversal',
  clawback: 'commission.kind.clawback',
  adjustment: 'commission.kind.adjustment',
} as const satisfies Record<CommissionLineKind, MessageKey>;

export const disputeStatusKey = {
  open: 'commission.dispute.status.open',
  upheld: 'commission.dispute.status.upheld',
  rejected: 'commission.dispute.status.rejected',
} as const satisfies Record<DisputeStatus, MessageKey>;

/**
 * Whether the viewer may flag this line: their own statement, a line the rules wrote (not a
 * manager's adjustment), and no dispute of it waiting for an answer.
 */
export function canFlagLine(
  line: { kind: CommissionLineKind; dispute: { status: DisputeStatus } | null },
  viewerId: string,
  statementClerkId: string,
): boolean {
  return (
    viewerId === statementClerkId && line.kind !== 'adjustment' && line.dispute?.status !== 'open'
  );
}

/** Money with a real minus sign in front of the currency: "−¥20" rather than "¥-20". */
export function formatSignedMoney(fen: number, language: Language): string {
  return fen < 0 ? `−${formatMoney(-fen, language)}` : formatMoney(fen, language);
}

/**
 * What the month bar offers: HQ may close a month that has ended and is open; a closed month
 * shows who closed it; otherwise nothing (managers and clerks see the badge on the statement).
 */
export function periodCloseState(
  role: Role,
  period: string,
  closed: readonly ClosedPeriod[],
  now: number,
): { kind: 'closed'; closure: ClosedPeriod } | { kind: 'closable' } | { kind: 'none' } {
  const closure = closed.find((entry) => entry.period === period);
  if (closure) return { kind: 'closed', closure };
  if (role === 'hq' && periodHasEnded(period, now)) return { kind: 'closable' };
  return { kind: 'none' };
}
