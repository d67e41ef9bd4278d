import { Session } from '../session/SessionContext';
import { Sync } from '../sync/SyncContext';
import { KioskShell } from './KioskShell';

export function App() {
  return (
    <Sync.Provider>
      <Session.Provider>
        <KioskShell />
      </Session.Provider>
    </Sync.Provider>
  );
}
