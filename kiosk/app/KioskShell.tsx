import { useEffect } from 'react';
import { AttractScreen } from '../attract/AttractScreen';
import { HandsetsScreen } from '../catalogue/HandsetsScreen';
import { ConfirmationScreen } from '../checkout/ConfirmationScreen';
import { OrderScreen } from '../checkout/OrderScreen';
import { ReviewScreen } from '../checkout/ReviewScreen';
import { EnrolmentScreen } from '../enrolment/EnrolmentScreen';
import { HomeScreen } from '../home/HomeScreen';
import { useLanguage } from '../i18n/useT';
import { useServiceWorkerUpdates } from '../pwa/useServiceWorkerUpdates';
import { IdleWarning } from '../session/IdleWarning';
import { useSessionSelector } from '../session/SessionContext';
import { selectScreen, type Screen } from '../session/selectors';
import { useSyncStatus } from '../sync/useSyncStatus';
import { ZoneScreen } from '../zones/ZoneScreen';
import { TopBar } from './TopBar';

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'home':
      return <HomeScreen />;
    case 'zone':
      return <ZoneScreen />;
    case 'handsets':
      return <HandsetsScreen />;
    case 'order':
      return <OrderScreen />;
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
  const inAttract = screen === 'attract';
  useServiceWorkerUpdates(inAttract);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  if (needsEnrolmentCode) return <EnrolmentScreen />;

  return (
    <div className="kiosk" onContextMenu={(event) => event.preventDefault()}>
      {/* One attract player for the whole day: hidden during a session, never disposed. */}
      <AttractScreen active={inAttract} />
      {!inAttract && (
        <div className="kiosk__session">
          <TopBar screen={screen} />
          <main className="kiosk__main" key={screen}>
            <ScreenView screen={screen} />
          </main>
        </div>
      )}
      <IdleWarning />
    </div>
  );
}
