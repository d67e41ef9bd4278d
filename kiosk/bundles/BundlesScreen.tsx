import { formatFen } from '../../shared';
import { Icon } from '../app/Icon';
import { HandsetArt } from '../catalogue/HandsetArt';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { useBundleOffers, type BundleOffer } from './useBundles';
import './bundles.css';

/** The gift boxes: what is in each, its price and, large, what it saves. */
export function BundlesScreen() {
  const t = useT();
  const send = useSessionSend();
  const handsetId = useSessionSelector((snapshot) => snapshot.context.handsetId);
  const offers = useBundleOffers();
  if (!offers) return null;
  // Opened from a handset's sheet: that handset's boxes first.
  const sorted = handsetId
    ? [...offers].sort(
        (a, b) => Number(b.handset.id === handsetId) - Number(a.handset.id === handsetId),
      )
    : offers;

  return (
    <div className="page bundles">
      <div className="page__intro">
        <h1 className="page__title">{t('bundles.title')}</h1>
        <p className="page__subtitle">{t('bundles.subtitle')}</p>
      </div>
      {sorted.length === 0 ? (
        <div className="bundles__none">
          <p>{t('bundles.none')}</p>
          <button
            type="button"
            className="button button--secondary button--large"
            onClick={() => send({ type: 'handsets.browsed' })}
          >
            {t('home.browseAll')}
          </button>
        </div>
      ) : (
        <ul className="bundles__list" aria-label={t('bundles.list')}>
          {sorted.map((offer) => (
            <li key={offer.bundle.id}>
              <BundleCard offer={offer} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function BundleCard({ offer }: { offer: BundleOffer }) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const { bundle, handset, plan, services } = offer;
  const name = localText(bundle.name, language);
  return (
    <article className="bundle-card" aria-label={name}>
      <div className="bundle-card__stage">
        <HandsetArt handset={handset} className="bundle-card__art" />
        {offer.savingFen > 0 && (
          <span className="bundle-card__saving">
            {t('bundles.saving', { price: formatFen(offer.savingFen, language) })}
          </span>
        )}
      </div>
      <div className="bundle-card__body">
        <h2 className="bundle-card__name">{name}</h2>
        <p className="bundle-card__summary">{localText(bundle.summary, language)}</p>
        <p className="bundle-card__handset">
          <Icon name="phone" />
          {handset.brand} {handset.model}
        </p>
        {bundle.gifts.length > 0 && (
          <div className="bundle-card__group">
            <h3>{t('bundles.gifts')}</h3>
            <ul>
              {bundle.gifts.map((gift) => (
                <li key={gift.name.zh}>
                  {localText(gift.name, language)}
                  <small>{formatFen(gift.valueFen, language)}</small>
                </li>
              ))}
            </ul>
          </div>
        )}
        {services.length > 0 && (
          <div className="bundle-card__group">
            <h3>{t('bundles.services')}</h3>
            <ul>
              {services.map((service) => (
                <li key={service.id}>
                  {localText(service.name, language)}
                  <small>
                    {t('plan.monthly', { price: formatFen(service.monthlyFeeFen, language) })}
                  </small>
                </li>
              ))}
            </ul>
          </div>
        )}
        {plan && (
          <p className="bundle-card__plan">
            {t('bundles.plan', { plan: localText(plan.name, language) })}
          </p>
        )}
        <div className="bundle-card__price-row">
          <span className="bundle-card__price-label">{t('bundles.price')}</span>
          <span className="bundle-card__price">{formatFen(bundle.priceFen, language)}</span>
          {offer.savingFen > 0 && (
            <s className="bundle-card__separate">
              {t('bundles.separate', { price: formatFen(offer.separateFen, language) })}
            </s>
          )}
        </div>
        <button
          type="button"
          className="button button--primary button--large button--block"
          aria-label={t('bundles.chooseNamed', { name })}
          onClick={() =>
            send({
              type: 'bundle.chosen',
              bundle: {
                id: bundle.id,
                handsetId: bundle.handsetId,
                planId: bundle.planId,
                serviceIds: bundle.serviceIds,
              },
              colour: handset.colours[0] ?? null,
            })
          }
        >
          {t('bundles.choose')}
          <Icon name="arrow" />
        </button>
      </div>
    </article>
  );
}
