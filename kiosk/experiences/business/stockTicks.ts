import type { ContentOf } from '../../../shared';

export type Quote = ContentOf<'stocks'>['quotes'][number];

/** Shanghai and Shenzhen move at most 10 % from the previous close in a day. */
export function limitBand(previousCloseFen: number): { lowFen: number; highFen: number } {
  return {
    lowFen: Math.ceil(previousCloseFen * 0.9),
    highFen: Math.floor(previousCloseFen * 1.1),
  };
}

export function lastPrice(quote: Quote): number {
  return quote.seriesFen[quote.seriesFen.length - 1] ?? quote.previousCloseFen;
}

/**
 * The next price of a quote: a small random step (up to 0.3 % of the price, at least one
 * fen), leaning the way the published series went, never past the daily limits.
 */
export function nextPrice(quote: Quote, random: () => number): number {
  const price = lastPrice(quote);
  const first = quote.seriesFen[0] ?? price;
  const lean = price > first ? 0.08 : price < first ? -0.08 : 0;
  const step = Math.max(1, Math.round(price * 0.003 * random()));
  const direction = random() - 0.5 + lean >= 0 ? 1 : -1;
  const { lowFen, highFen } = limitBand(quote.previousCloseFen);
  return Math.min(highFen, Math.max(lowFen, Math.max(1, price + direction * step)));
}

/** Every quote moves one tick; each keeps its last `keep` prices for the chart. */
export function tickQuotes(quotes: readonly Quote[], random: () => number, keep = 60): Quote[] {
  return quotes.map((quote) => ({
    ...quote,
    seriesFen: [...quote.seriesFen, nextPrice(quote, random)].slice(-keep),
  }));
}

/** Change from the previous close, in fen and in hundredths of a per cent. */
export function changeOf(quote: Quote): { changeFen: number; basisPoints: number } {
  const changeFen = lastPrice(quote) - quote.previousCloseFen;
  const basisPoints =
    quote.previousCloseFen === 0 ? 0 : Math.round((changeFen / quote.previousCloseFen) * 10_000);
  return { changeFen, basisPoints };
}

/** Prices the way a Chinese quote board writes them: yuan with two decimals. */
export function formatPrice(fen: number): string {
  return (fen / 100).toFixed(2);
}

export function formatChange(basisPoints: number): string {
  const sign = basisPoints > 0 ? '+' : basisPoints < 0 ? '−' : '';
  return `${sign}${(Math.abs(basisPoints) / 100).toFixed(2)}%`;
}
