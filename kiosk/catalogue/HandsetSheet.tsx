import { formatFen, type Handset } from '../../shared';
import { Icon } from '../app/Icon';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { useBundleOffersFor } from '../bundles/useBundles';
import { compareLimit } from '../session/cart';
import { HandsetArt } from './HandsetArt';
import { handsetSheetSpecs } from './handsetSpecs';
import { swatchOf } from './handsetLook';
import { StockBadge } from './StockBadge';
import { useStoreStock } from './useHandsets';

/** The handset up close: colours, specifications, price, stock, and the way to order it. */
export function HandsetSheet({ handset }: { handset: Handset }) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const colour = useSessionSelector((snapshot) => snapshot.context.colour);
  const stock = useStoreStock(handset.id);
  const compared = useSessionSelector((snapshot) => snapshot.context.compared);
  const offers = useBundleOffersFor(handset.id) ?? [];
  const bestSaving = Math.max(0, ...offers.map((offer) => offer.savingFen));
  const isCompared = compared.includes(handset.id);
  const name = `${handset.brand} ${handset.model}`;
  const specs = handsetSheetSpecs(handset, t);
  const highlights = [
    handset.screenIn !== null ? t('handset.screen', { size: handset.screenIn }) : null,
    handset.cameraMp ? t('handset.camera', { mp: handset.cameraMp }) : null,
    handset.batteryMah ? t('handset.battery', { mah: handset.batteryMah }) : null,
    handset.weightG ? t('handset.weight', { grams: handset.weightG }) : null,
    t('handset.year', { year: handset.year }),
  ].filter((item): item is string => item !== null);

  return (
    <div className="sheet-backdrop" onClick={() => send({ type: 'handset.closed' })}>
      <div
        className="sheet handset-sheet"
        role="dialog"
        aria-modal="true"
        aria-label={name}
        onClick={(event) => event.stopPropagation()}
      >
        <div className="handset-sheet__stage">
          <HandsetArt handset={handset} colour={colour} className="handset-sheet__art" />
        </div>
        <div className="handset-sheet__body">
          <span className="handset-sheet__brand">{handset.brand}</span>
          <h2 className="handset-sheet__model">{handset.model}</h2>
          <div className="handset-sheet__price-row">
            <span className="handset-sheet__price-label">{t('handset.priceFrom')}</span>
            <span className="handset-sheet__price">{formatFen(handset.priceFen, language)}</span>
            <StockBadge quantity={stock} />
          </div>
          {offers.length > 0 && (
            <div className="handset-sheet__bundle">
              <Icon name="spark" />
              <span>{t('bundles.forHandset', { price: formatFen(bestSaving, language) })}</span>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => send({ type: 'bundles.browsed' })}
              >
                {t('bundles.see')}
              </button>
            </div>
          )}
          {handset.colours.length > 0 && (
            <div className="handset-sheet__colours" role="group" aria-label={t('handset.colours')}>
              {handset.colours.map((name) => (
                <button
                  key={name}
                  type="button"
                  className="colour-chip"
                  aria-pressed={(colour ?? handset.colours[0]) === name}
                  onClick={() => send({ type: 'colour.chosen', colour: name })}
                >
                  <span className="colour-chip__swatch" style={{ background: swatchOf(name) }} />
                  {name}
                </button>
              ))}
            </div>
          )}
          <ul className="handset-sheet__highlights">
            {highlights.map((item) => (
              <li key={item}>{item}</li>
            ))}
            {handset.frontCamera === 'yes' && <li className="accent">{t('handset.videoCall')}</li>}
          </ul>
          <dl className="handset-sheet__specs">
            {specs.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className="handset-sheet__actions">
            <button
              type="button"
              className="button button--primary button--large handset-sheet__order"
              onClick={() => send({ type: 'order.started' })}
            >
              {t('handset.order')}
              <Icon name="arrow" />
            </button>
            <button
              type="button"
              className="button button--secondary button--large"
              aria-pressed={isCompared}
              disabled={!isCompared && compared.length >= compareLimit}
              onClick={() => send({ type: 'compare.toggled', handsetId: handset.id })}
            >
              {isCompared && <Icon name="check" />}
              {t('compare.add')}
            </button>
            <button
              type="button"
              className="button button--secondary button--large"
              onClick={() => send({ type: 'handset.closed' })}
            >
              {t('handset.close')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
