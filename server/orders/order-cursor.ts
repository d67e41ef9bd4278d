/**
 * The opaque keyset cursor of the orders list: the sort key of the last order on the page.
 * Orders sort newest first by their corrected time, then by id.
 */
export interface OrderCursor {
  correctedAt: number;
  id: string;
}

export function encodeOrderCursor(cursor: OrderCursor): string {
  return Buffer.from(`${cursor.correctedAt}:${cursor.id}`, 'utf8').toString('base64url');
}

/** Undefined for anything a client made up or mangled. */
export function decodeOrderCursor(value: string): OrderCursor | undefined {
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const match = /^(\d{1,16}):([0-9a-f-]{36})$/.exec(decoded);
  if (!match?.[1] || !match[2]) return undefined;
  return { correctedAt: Number(match[1]), id: match[2] };
}
