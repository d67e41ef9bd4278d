import { Suspense, useEffect } from 'react';
import { AttractScreen } from '../attract/AttractScreen';
import { HomeScreen } from '../home/HomeScreen';
import { useLanguage } from '../i18n/useT';
import { useServiceWorkerUpdates } from '../pwa/useServiceWorkerUpdates';
import { IdleWarning } from '../session/IdleWarning';
import { useSessionSelector } from '../session/SessionContext';
import { selectScreen, type Screen } from '../session/selectors';
import { PreparingContent } from '../status/PreparingContent';
import { useContentReadiness } from '../status/useContentReadiness';
import { useSyncStatus } from '../sync/useSyncStatus';
import {
  BundlesScreen,
  CompareScreen,
  ConfirmationScreen,
  EnrolmentScreen,
  ExperienceScreen,
  HandsetsScreen,
  NumberPickerScreen,
  OrderScreen,
  PlanHelperScreen,
  ReviewScreen,
  ZoneScreen,
} from './lazyScreens';
import { TopBar } from './TopBar';
import { useAccessOptions } from './useAccessOptions';

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'home':
      return <HomeScreen />;
    case 'zone':
      return <ZoneScreen />;
    case 'experience':
      return <ExperienceScreen />;
    case 'handsets':
      return <HandsetsScreen />;
    case 'compare':
      return <CompareScreen />;
    case 'bundles':
      return <BundlesScreen />;
    case 'order':
      return <OrderScreen />;
    case 'planHelper':
      return <PlanHelperScreen />;
    case 'numbers':
      return <NumberPickerScreen />;
    case 'review':
    case 'submitting':
      return <ReviewScreen />;
    case 'confirmation':
      return <ConfirmationScreen />;
    case 'attract':
      return null;
  }
}

/** Attract loop or the session's current screen, with the corner controls always on top. */
export function KioskShell() {
  const screen = useSessionSelector(selectScreen);
  const language = useLanguage();
  const { needsEnrolmentCode } = useSyncStatus();
  const content = useContentReadiness();
  const inAttract = screen === 'attract';
  useServiceWorkerUpdates(inAttract);
  useAccessOptions();

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  if (needsEnrolmentCode) {
    return (
      <Suspense fallback={null}>
        <EnrolmentScreen />
      </Suspense>
    );
  }

  return (
    <div className="kiosk" onContextMenu={(event) => event.preventDefault()}>
      {/* One attract player for the whole day: hidden during a session, never disposed. */}
      <AttractScreen active={inAttract && content === 'ready'} />
      {/* A new kiosk shows no half-filled catalogue: it waits for its first whole version. */}
      {inAttract && content === 'preparing' && <PreparingContent />}
      {!inAttract && (
        <div className="kiosk__session">
          <TopBar screen={screen} />
          <main className="kiosk__main" key={screen}>
            <Suspense fallback={null}>
              <ScreenView screen={screen} />
            </Suspense>
          </main>
        </div>
      )}
      <IdleWarning />
    </div>
  );
}
