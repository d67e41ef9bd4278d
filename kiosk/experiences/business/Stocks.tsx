import { useEffect, useRef, useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { seededRandom } from '../shell/seededRandom';
import { NoContent, SimFacts, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { StockChart } from './StockChart';
import {
  changeOf,
  formatChange,
  formatPrice,
  lastPrice,
  limitBand,
  tickQuotes,
  type Quote,
} from './stockTicks';
import './business.css';

/** Red rises and green falls, as on every quote board in China. */
function trendClass(basisPoints: number): string {
  return basisPoints > 0 ? 'quote--up' : basisPoints < 0 ? 'quote--down' : 'quote--flat';
}

/** Live quotes from the published board, moving on by small random ticks within the limits. */
export default function Stocks({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'stocks');
  const [quotes, setQuotes] = useState<Quote[]>(() => content?.quotes ?? []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [ticks, setTicks] = useState(0);
  const random = useRef(seededRandom(Date.now() % 100_000));
  const tickMs = content?.tickMs ?? 1_500;

  useEffect(() => {
    const timer = window.setInterval(() => {
      setQuotes((current) => tickQuotes(current, random.current));
      setTicks((n) => n + 1);
    }, tickMs);
    return () => window.clearInterval(timer);
  }, [tickMs]);

  if (!content) return <NoContent message={t('experience.noContent')} />;
  const quote = quotes.find((q) => q.code === chosen) ?? quotes[0] ?? null;

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('stocks.app')} dark>
        <div className="stocks">
          <p className="stocks__market">{localText(content.market, language)}</p>
          {quote && <QuoteDetail quote={quote} />}
          <ul className="stocks__board" aria-label={t('stocks.board')}>
            {quotes.map((q) => {
              const { basisPoints } = changeOf(q);
              const name = localText(q.name, language);
              return (
                <li key={q.code}>
                  <button
                    type="button"
                    className={`stocks__row ${trendClass(basisPoints)}`}
                    aria-pressed={q.code === quote?.code}
                    onClick={() => setChosen(q.code)}
                  >
                    <span className="stocks__name">
                      {name}
                      <small>{q.code}</small>
                    </span>
                    {/* Keyed by tick, so each new price flashes. */}
                    <span key={`${q.code}-${ticks}`} className="stocks__price">
                      {formatPrice(lastPrice(q))}
                    </span>
                    <span className="stocks__change">{formatChange(basisPoints)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </PhoneFrame>
      <SimNotes title={t('stocks.notesTitle')}>
        <p className="sim-lead">{t('stocks.lead')}</p>
        <SimFacts
          facts={[
            [t('stocks.fact.refresh'), t('stocks.fact.refreshValue', { seconds: tickMs / 1000 })],
            [t('stocks.fact.limit'), '±10%'],
            [t('stocks.fact.colours'), t('stocks.fact.coloursValue')],
          ]}
        />
      </SimNotes>
    </div>
  );
}

function QuoteDetail({ quote }: { quote: Quote }) {
  const t = useT();
  const language = useLanguage();
  const { changeFen, basisPoints } = changeOf(quote);
  const band = limitBand(quote.previousCloseFen);
  return (
    <section className={`stocks__detail ${trendClass(basisPoints)}`} aria-live="off">
      <h2 className="stocks__detail-name">
        {localText(quote.name, language)} <small>{quote.code}</small>
      </h2>
      <p className="stocks__detail-price">
        <strong>{formatPrice(lastPrice(quote))}</strong>
        <span>
          {changeFen >= 0 ? '+' : '−'}
          {formatPrice(Math.abs(changeFen))} ({formatChange(basisPoints)})
        </span>
      </p>
      <StockChart quote={quote} />
      <p className="stocks__band">
        {t('stocks.band', {
          close: formatPrice(quote.previousCloseFen),
          low: formatPrice(band.lowFen),
          high: formatPrice(band.highFen),
        })}
      </p>
    </section>
  );
}
