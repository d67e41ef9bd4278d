import { Suspense } from 'react';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector } from '../session/SessionContext';
import { ExperienceIcon } from '../zones/ExperienceIcon';
import { OfferPanel } from './offer/OfferPanel';
import { SimulationBoundary } from './shell/SimulationBoundary';
import { simulations } from './shell/simulations';
import { useExperience } from './shell/useExperience';
import { TakeAwayButton } from './takeaway/TakeAwayButton';
import './experience.css';
import './phone-frame.css';

/**
 * One experience, full screen: the simulation on the stage (loaded on demand), the plans and
 * handsets that deliver it beside it, and its QR code to take away.
 */
export function ExperienceScreen() {
  const t = useT();
  const language = useLanguage();
  const zoneId = useSessionSelector((snapshot) => snapshot.context.zoneId);
  const experienceId = useSessionSelector((snapshot) => snapshot.context.experienceId);
  const loaded = useExperience(zoneId, experienceId);
  if (!loaded) return null;
  const { zone, experience } = loaded;
  if (!zone || !experience) {
    return <p className="page sim-empty">{t('experience.gone')}</p>;
  }
  const title = localText(experience.title, language);
  const Simulation = simulations[experience.kind];
  const unavailable = <p className="sim-empty">{t('experience.unavailable')}</p>;

  return (
    <section
      className={`page experience experience--${zone.key}`}
      style={{ '--accent': zone.accent } as React.CSSProperties}
      aria-labelledby="experience-title"
    >
      <header className="experience__header">
        <span className="experience__icon" aria-hidden="true">
          <ExperienceIcon kind={experience.kind} />
        </span>
        <div className="experience__heading">
          <p className="experience__zone">{localText(zone.name, language)}</p>
          <h1 id="experience-title">{title}</h1>
          <p className="experience__summary">{localText(experience.summary, language)}</p>
        </div>
        <TakeAwayButton target={{ kind: 'experience', id: experience.id, name: title }} />
      </header>
      <div className="experience__body">
        <div className="experience__stage">
          <SimulationBoundary key={experience.id} fallback={unavailable}>
            <Suspense fallback={<p className="sim-loading">{t('experience.loading')}</p>}>
              {Simulation ? (
                <Simulation experience={experience} accent={zone.accent} />
              ) : (
                unavailable
              )}
            </Suspense>
          </SimulationBoundary>
        </div>
        <OfferPanel experience={experience} />
      </div>
    </section>
  );
}
