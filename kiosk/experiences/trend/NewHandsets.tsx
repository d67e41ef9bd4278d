import { formatFen } from '../../../shared';
import { Icon } from '../../app/Icon';
import { HandsetArt } from '../../catalogue/HandsetArt';
import { useLanguage, useT } from '../../i18n/useT';
import { useSessionSend } from '../../session/SessionContext';
import { useNewestHandsets } from '../offer/useOffer';
import { contentOf } from '../shell/contentOf';
import type { SimulationProps } from '../shell/simulations';
import { TakeAwayButton } from '../takeaway/TakeAwayButton';
import './trend.css';

/** The newest published handsets on a lit stage, each one tap from an order. */
export default function NewHandsets({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const count = contentOf(experience, 'new-handsets')?.count ?? 6;
  const handsets = useNewestHandsets(count) ?? [];
  const planId = experience.planIds[0] ?? null;

  return (
    <div className="sim launch">
      <ul className="launch__grid" aria-label={t('launch.list')}>
        {handsets.map((handset, i) => {
          const name = `${handset.brand} ${handset.model}`;
          const facts = [
            handset.screenIn !== null ? t('handset.screen', { size: handset.screenIn }) : null,
            handset.cameraMp ? t('handset.camera', { mp: handset.cameraMp }) : null,
            handset.os ? handset.os.split(/[ (]/)[0] : null,
          ].filter((fact): fact is string => Boolean(fact));
          return (
            <li
              key={handset.id}
              className={i === 0 ? 'launch__card launch__card--hero' : 'launch__card'}
            >
              <span className="launch__spot" aria-hidden="true" />
              <HandsetArt handset={handset} className="launch__art" />
              <span className="launch__year">{t('launch.year', { year: handset.year })}</span>
              <h2 className="launch__name">
                <small>{handset.brand}</small>
                {handset.model}
              </h2>
              <p className="launch__facts">{facts.join(' · ')}</p>
              <p className="launch__price">{formatFen(handset.priceFen, language)}</p>
              <div className="launch__actions">
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={t('launch.order', { name })}
                  onClick={() =>
                    send({
                      type: 'offer.taken',
                      handsetId: handset.id,
                      planId,
                      colour: handset.colours[0] ?? null,
                    })
                  }
                >
                  {t('offer.getThis')}
                  <Icon name="arrow" />
                </button>
                <TakeAwayButton compact target={{ kind: 'handset', id: handset.id, name }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
