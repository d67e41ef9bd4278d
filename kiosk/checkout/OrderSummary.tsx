import { formatFen, type Handset } from '../../shared';
import { HandsetArt } from '../catalogue/HandsetArt';
import { useLanguage } from '../i18n/useT';

/** The handset being ordered, as a strip at the top of checkout. */
export function OrderSummary({ handset, colour }: { handset: Handset; colour: string | null }) {
  const language = useLanguage();
  return (
    <div className="order-summary">
      <HandsetArt handset={handset} colour={colour} className="order-summary__art" />
      <div className="order-summary__text">
        <span className="order-summary__brand">{handset.brand}</span>
        <span className="order-summary__model">{handset.model}</span>
        {colour && <span className="order-summary__colour">{colour}</span>}
      </div>
      <span className="order-summary__price">{formatFen(handset.priceFen, language)}</span>
    </div>
  );
}
