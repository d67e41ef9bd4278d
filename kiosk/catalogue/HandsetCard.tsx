import { memo } from 'react';
import { formatFen, type Handset, type Language } from '../../shared';
import { translator } from '../i18n/messages';
import { HandsetArt } from './HandsetArt';

interface HandsetCardProps {
  handset: Handset;
  language: Language;
  /** Units in this store (0: it can be ordered in). */
  stock: number;
  onOpen: (handset: Handset) => void;
}

function HandsetCardView({ handset, language, stock, onOpen }: HandsetCardProps) {
  const t = translator(language);
  const price = formatFen(handset.priceFen, language);
  const badges = [
    handset.screenIn !== null ? t('handset.screen', { size: handset.screenIn }) : null,
    handset.cameraMp !== null && handset.cameraMp > 0
      ? t('handset.camera', { mp: handset.cameraMp })
      : null,
  ].filter((badge): badge is string => badge !== null);
  return (
    <button
      type="button"
      className="handset-card"
      aria-label={t('handset.open', { brand: handset.brand, model: handset.model, price })}
      onClick={() => onOpen(handset)}
    >
      <HandsetArt handset={handset} className="handset-card__art" />
      <span className="handset-card__brand">{handset.brand}</span>
      <span className="handset-card__model">{handset.model}</span>
      <span className="handset-card__badges">
        {badges.map((badge) => (
          <span key={badge} className="handset-card__badge">
            {badge}
          </span>
        ))}
        {handset.frontCamera === 'yes' && (
          <span className="handset-card__badge handset-card__badge--accent">
            {t('feature.videoCall')}
          </span>
        )}
      </span>
      <span className="handset-card__foot">
        <span className="handset-card__price">{price}</span>
        <span className={stock > 0 ? 'stock stock--yes' : 'stock'}>
          {stock > 0 ? t('stock.count', { count: stock }) : t('handset.noStock')}
        </span>
      </span>
    </button>
  );
}

export const HandsetCard = memo(HandsetCardView);
