export type PaymentResult =
  { ok: true; balanceFen: number } | { ok: false; reason: 'insufficient'; balanceFen: number };

/** A tap-to-pay against the phone's wallet: paid in full, or refused with nothing taken. */
export function payFromWallet(balanceFen: number, priceFen: number): PaymentResult {
  if (priceFen > balanceFen) return { ok: false, reason: 'insufficient', balanceFen };
  return { ok: true, balanceFen: balanceFen - priceFen };
}
