import { useEffect, useState } from 'react';
import { Workbox } from 'workbox-window';

/**
 * Registers the kiosk's service worker (scope /kiosk/). A new version waits; it is told to
 * take over only while the kiosk shows its attract loop, and the page then reloads itself,
 * so no customer ever sees an update mid-session.
 */
export function useServiceWorkerUpdates(inAttract: boolean): void {
  const [workbox, setWorkbox] = useState<Workbox | null>(null);
  const [updateWaiting, setUpdateWaiting] = useState(false);

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    const wb = new Workbox('/kiosk/sw.js', { scope: '/kiosk/' });
    wb.addEventListener('waiting', () => setUpdateWaiting(true));
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    wb.register().catch((error: unknown) => {
      console.warn(`[sw] registration failed: ${String(error)}`);
    });
    setWorkbox(wb);
  }, []);

  useEffect(() => {
    if (workbox && updateWaiting && inAttract) workbox.messageSkipWaiting();
  }, [workbox, updateWaiting, inAttract]);
}
