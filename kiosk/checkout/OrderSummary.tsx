import { formatFen, type Bundle, type Handset } from '../../shared';
import { HandsetArt } from '../catalogue/HandsetArt';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';

interface OrderSummaryProps {
  handset: Handset;
  colour: string | null;
  /** The gift box taken: its name and price instead of the handset's. */
  bundle?: Bundle | null;
  /** Offered when a gift box is chosen: back to the handset alone. */
  onRemoveBundle?: () => void;
}

/** The handset (or gift box) being ordered, as a strip at the top of checkout. */
export function OrderSummary({
  handset,
  colour,
  bundle = null,
  onRemoveBundle,
}: OrderSummaryProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className={bundle ? 'order-summary order-summary--bundle' : 'order-summary'}>
      <HandsetArt handset={handset} colour={colour} className="order-summary__art" />
      <div className="order-summary__text">
        {bundle && (
          <span className="order-summary__bundle">
            {t('order.bundle')} · {localText(bundle.name, language)}
          </span>
        )}
        <span className="order-summary__brand">{handset.brand}</span>
        <span className="order-summary__model">{handset.model}</span>
        {colour && <span className="order-summary__colour">{colour}</span>}
      </div>
      {bundle && onRemoveBundle && (
        <button type="button" className="order-summary__remove" onClick={onRemoveBundle}>
          {t('order.bundleRemove')}
        </button>
      )}
      <span className="order-summary__price">
        {formatFen(bundle ? bundle.priceFen : handset.priceFen, language)}
      </span>
    </div>
  );
}
