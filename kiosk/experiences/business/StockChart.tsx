import type { Quote } from './stockTicks';

const width = 300;
const height = 110;

/** The day's prices as a line over a soft area, the previous close as a dashed line. */
export function StockChart({ quote }: { quote: Quote }) {
  const prices = quote.seriesFen;
  const low = Math.min(...prices, quote.previousCloseFen);
  const high = Math.max(...prices, quote.previousCloseFen);
  const span = Math.max(1, high - low);
  const x = (i: number) => (i / Math.max(1, prices.length - 1)) * width;
  const y = (fen: number) => height - 8 - ((fen - low) / span) * (height - 16);
  const line = prices.map(
    (fen, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(fen).toFixed(1)}`,
  );
  const area = `${line.join(' ')} L${width} ${height} L0 ${height} Z`;
  const closeY = y(quote.previousCloseFen).toFixed(1);
  return (
    <svg className="stocks__chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <path d={area} className="stocks__chart-area" />
      <line x1="0" x2={width} y1={closeY} y2={closeY} className="stocks__chart-close" />
      <path d={line.join(' ')} className="stocks__chart-line" />
      <circle
        cx={x(prices.length - 1)}
        cy={y(prices[prices.length - 1] ?? quote.previousCloseFen)}
        r="4"
        className="stocks__chart-dot"
      />
    </svg>
  );
}
