import { formatFen, type Language, type OrderSummary } from '../../shared';

/** 13800138000 → 138 0013 8000, the grouping people read numbers aloud in. */
export function formatPhoneNumber(number: string): string {
  return /^\d{11}$/.test(number)
    ? `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`
    : number;
}

/**
 * An order the kiosk placed while offline reaches the server later; beyond this gap the table
 * says so, because a clerk asking "why did this appear only now?" deserves the answer on screen.
 */
export const deliveredLateAfterMs = 10 * 60 * 1000;

export function wasDeliveredLate(
  order: Pick<OrderSummary, 'deviceCreatedAt' | 'receivedAt'>,
): boolean {
  return order.receivedAt - order.deviceCreatedAt > deliveredLateAfterMs;
}

/**
 * The shared formatFen, with thousands grouped: a console sums many orders, and ¥115825 is
 * harder to read at a glance than ¥115,825.
 */
export function formatMoney(fen: number, language: Language): string {
  return formatFen(fen, language).replace(/\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
}
