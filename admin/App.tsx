import { useText } from './i18n/LanguageProvider';
import { OrdersPage } from './orders/OrdersPage';
import { CommissionPage } from './commission/CommissionPage';
import { DevicesPage } from './devices/DevicesPage';
import { NumbersPage } from './numbers/NumbersPage';
import { ContentPage } from './content/ContentPage';
import { canEditContent, canSeePeople } from './people/page-access';
import { PeoplePage } from './people/PeoplePage';
import { SalesPage } from './sales/SalesPage';
import { useDevicesAvailable } from './devices/useDevicesAvailable';
import { LoginScreen } from './session/LoginScreen';
import { useSession } from './session/useSession';
import { Shell, type ShellPage } from './shell/Shell';

export function App() {
  const { t } = useText();
  const { session, signIn, signOut, expire, recheck } = useSession();
  const devicesAvailable = useDevicesAvailable(session.status === 'signedIn');

  if (session.status === 'checking') {
    return (
      <p className="app-loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (session.status === 'signedOut') {
    return <LoginScreen reason={session.reason} onSignIn={signIn} onRetry={recheck} />;
  }

  // Clerks see no store report (their commission lives elsewhere).
  const sales: ShellPage[] = session.user.role === 'clerk' ? [] : ['sales'];
  const people: ShellPage[] = canSeePeople(session.user.role) ? ['people'] : [];
  const content: ShellPage[] = canEditContent(session.user.role) ? ['content'] : [];
  const pages: ShellPage[] = devicesAvailable
    ? ['orders', 'commission', ...sales, 'numbers', 'devices', ...people, ...content]
    : ['orders', 'commission', ...sales, 'numbers', ...people, ...content];
  return (
    <Shell
      key={session.user.id}
      user={session.user}
      onSignOut={() => void signOut()}
      onUnauthorized={expire}
      pages={pages}
      renderPage={(page, context) =>
        page === 'commission' ? (
          <CommissionPage {...context} />
        ) : page === 'people' ? (
          <PeoplePage {...context} />
        ) : page === 'content' ? (
          <ContentPage {...context} />
        ) : page === 'sales' ? (
          <SalesPage {...context} />
        ) : page === 'devices' ? (
          <DevicesPage {...context} />
        ) : page === 'numbers' ? (
          <NumbersPage {...context} />
        ) : (
          <OrdersPage {...context} />
        )
      }
    />
  );
}
