import {
  formatFen,
  type Bundle,
  type Catalogue,
  type Experience,
  type Handset,
  type Language,
  type Plan,
  type Service,
  type Zone,
} from '../../shared';
import { translatorFor } from '../i18n/messages';
import { applyDraft, type Draft } from './draft-version';
import { bundleParts, offerOf, type BundleParts } from './item-links';
import { dataAmount } from './preview-format';
import type { WorkingItem } from './working-item';
import './preview.css';

interface ItemPreviewProps {
  item: WorkingItem;
  catalogue: Catalogue;
  draft: Draft;
  language: Language;
}

/** The edited item as a kiosk card: the look of the kiosk's plan and handset cards. */
export function ItemPreview({ item, catalogue, draft, language }: ItemPreviewProps) {
  switch (item.entity) {
    case 'plan':
      return <PlanCard plan={item.data} language={language} />;
    case 'handset':
      return <HandsetCard handset={item.data} language={language} />;
    case 'service':
      return <ServiceCard service={item.data} language={language} />;
    case 'bundle':
      return (
        <BundleCard
          bundle={item.data}
          parts={bundleParts(item.data, applyDraft(catalogue, draft))}
          language={language}
        />
      );
    case 'zone':
      return <ZoneCard zone={item.data} language={language} />;
    case 'experience':
      return (
        <ExperienceCard
          experience={item.data}
          offer={offerOf(item.data, applyDraft(catalogue, draft))}
          language={language}
        />
      );
  }
}

function PlanCard({ plan, language }: { plan: Plan; language: Language }) {
  const t = translatorFor(language);
  return (
    <div className="kiosk-card plan-preview">
      <span className="kiosk-card__name">{plan.name[language]}</span>
      <span className="kiosk-card__price">
        {t('content.preview.monthly', { price: formatFen(plan.monthlyFeeFen, language) })}
      </span>
      <span className="plan-preview__allowance">
        <span>{t('content.preview.voice', { minutes: plan.voiceMinutes })}</span>
        <span>{t('content.preview.data', { mb: dataAmount(plan.dataMb) })}</span>
        <span>{t('content.preview.sms', { count: plan.sms })}</span>
        <span>{t('content.preview.video', { minutes: plan.videoCallMinutes })}</span>
      </span>
      <span className="kiosk-card__tags">
        <span className="kiosk-card__tag">
          {plan.contractMonths > 0
            ? t('content.preview.contract', { months: plan.contractMonths })
            : t('content.preview.noContract')}
        </span>
        {plan.handsetSubsidyFen > 0 && (
          <span className="kiosk-card__tag kiosk-card__tag--offer">
            {t('content.preview.subsidy', { price: formatFen(plan.handsetSubsidyFen, language) })}
          </span>
        )}
      </span>
    </div>
  );
}

function HandsetCard({ handset, language }: { handset: Handset; language: Language }) {
  const t = translatorFor(language);
  const badges = [
    handset.screenIn !== null ? t('content.preview.screen', { size: handset.screenIn }) : null,
    handset.cameraMp ? t('content.preview.camera', { mp: handset.cameraMp }) : null,
  ].filter((badge): badge is string => badge !== null);
  return (
    <div className="kiosk-card handset-preview">
      <span className="handset-preview__art" aria-hidden="true">
        <span className="handset-preview__screen" />
      </span>
      <span className="handset-preview__brand">{handset.brand}</span>
      <span className="kiosk-card__name">{handset.model}</span>
      <span className="kiosk-card__tags">
        {badges.map((badge) => (
          <span key={badge} className="kiosk-card__tag">
            {badge}
          </span>
        ))}
        {handset.frontCamera === 'yes' && (
          <span className="kiosk-card__tag kiosk-card__tag--accent">
            {t('content.preview.videoCall')}
          </span>
        )}
      </span>
      <span className="kiosk-card__price">{formatFen(handset.priceFen, language)}</span>
    </div>
  );
}

function ServiceCard({ service, language }: { service: Service; language: Language }) {
  const t = translatorFor(language);
  return (
    <div className="kiosk-card">
      <span className="kiosk-card__name">{service.name[language]}</span>
      <span className="kiosk-card__summary">{service.summary[language]}</span>
      <span className="kiosk-card__price">
        {t('content.preview.monthly', { price: formatFen(service.monthlyFeeFen, language) })}
      </span>
    </div>
  );
}

interface BundleCardProps {
  bundle: Bundle;
  parts: BundleParts;
  language: Language;
}

/** As the kiosk's gift box card: handset, gifts, services, the plan it needs, price and saving. */
function BundleCard({ bundle, parts, language }: BundleCardProps) {
  const t = translatorFor(language);
  const { handset, plan, services, saving } = parts;
  const saves = saving !== null && saving.savingFen > 0;
  return (
    <div className="kiosk-card bundle-preview">
      <span className="bundle-preview__ribbon">{t('content.preview.giftBox')}</span>
      <span className="kiosk-card__name">{bundle.name[language]}</span>
      <span className="kiosk-card__summary">{bundle.summary[language]}</span>
      {handset ? (
        <span className="bundle-preview__handset">
          {t('content.preview.bundleHandset', {
            name: `${handset.brand} ${handset.model}`,
            price: formatFen(handset.priceFen, language),
          })}
        </span>
      ) : (
        <span className="bundle-preview__hidden">{t('content.preview.bundleHidden')}</span>
      )}
      <ul className="bundle-preview__contents">
        {bundle.gifts.map((gift, i) => (
          <li key={i}>
            {t('content.preview.gift', {
              name: gift.name[language],
              value: formatFen(gift.valueFen, language),
            })}
          </li>
        ))}
        {services.map((service) => (
          <li key={service.id}>
            {t('content.preview.serviceFee', {
              name: service.name[language],
              price: formatFen(service.monthlyFeeFen, language),
            })}
          </li>
        ))}
      </ul>
      {plan && (
        <span className="kiosk-card__tag">
          {t('content.preview.bundlePlan', { plan: plan.name[language] })}
        </span>
      )}
      <span className="bundle-preview__prices">
        <span className="kiosk-card__price">{formatFen(bundle.priceFen, language)}</span>
        {saves && (
          <s className="bundle-preview__separate">
            {t('content.preview.separate', { price: formatFen(saving.separateFen, language) })}
          </s>
        )}
      </span>
      {saves && (
        <span className="kiosk-card__tag kiosk-card__tag--offer">
          {t('content.preview.saving', { price: formatFen(saving.savingFen, language) })}
        </span>
      )}
    </div>
  );
}

function ZoneCard({ zone, language }: { zone: Zone; language: Language }) {
  return (
    <div className="zone-preview" style={{ background: zone.accent }}>
      <span className="zone-preview__name">{zone.name[language]}</span>
      <span className="zone-preview__tagline">{zone.tagline[language]}</span>
    </div>
  );
}

interface ExperienceCardProps {
  experience: Experience;
  offer: { plans: Plan[]; handsets: Handset[] };
  language: Language;
}

/** The experience's card, then its offer strip as the kiosk shows it beside the simulation. */
function ExperienceCard({ experience, offer, language }: ExperienceCardProps) {
  const t = translatorFor(language);
  const media = experience.media;
  return (
    <div className="experience-preview">
      <div className="kiosk-card">
        {media &&
          (/\.(webm|mp4)$/.test(media) ? (
            <video className="kiosk-card__media" src={media} muted playsInline preload="metadata" />
          ) : (
            <img className="kiosk-card__media" src={media} alt="" />
          ))}
        <span className="kiosk-card__name">{experience.title[language]}</span>
        <span className="kiosk-card__summary">{experience.summary[language]}</span>
        {media && <span className="kiosk-card__summary">{media.slice('/media/'.length)}</span>}
      </div>
      <div className="offer-preview">
        <span className="offer-preview__title">{t('content.preview.offerTitle')}</span>
        {offer.plans.length > 0 && (
          <>
            <span className="offer-preview__label">{t('content.preview.offerPlans')}</span>
            <ul className="offer-preview__plans">
              {offer.plans.map((plan) => (
                <li key={plan.id} className="offer-preview__plan">
                  <span className="offer-preview__name">{plan.name[language]}</span>
                  <span className="offer-preview__price">
                    {t('content.preview.monthly', {
                      price: formatFen(plan.monthlyFeeFen, language),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {offer.handsets.length > 0 ? (
          <>
            <span className="offer-preview__label">{t('content.preview.offerHandsets')}</span>
            <ul className="offer-preview__handsets">
              {offer.handsets.map((handset) => (
                <li key={handset.id} className="offer-preview__handset">
                  <span className="offer-preview__art" aria-hidden="true" />
                  <span className="offer-preview__name">{`${handset.brand} ${handset.model}`}</span>
                  <span className="offer-preview__price">
                    {formatFen(handset.priceFen, language)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <span className="offer-preview__none">{t('content.preview.offerNone')}</span>
        )}
      </div>
    </div>
  );
}
