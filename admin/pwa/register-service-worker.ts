/**
 * The console's service worker (admin/sw.ts, built to /admin/sw.js by vite.config.ts) precaches
 * the shell so the console opens without a network. Only a production build has the file; the
 * dev server would answer its URL with the HTML page.
 *
 * A new version is activated as soon as it is installed: the console loads all its code up
 * front (no lazy chunks), so the running page never needs a file the new worker dropped, and
 * the next load gets the new shell. The kiosk, by contrast, waits for its attract loop.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/admin/sw.js', { scope: '/admin/' })
      .then((registration) => {
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) {
              installing.postMessage({ type: 'SKIP_WAITING' });
            }
          });
        });
      })
      .catch(() => {
        // Without a worker the console still works online; nothing to tell the person.
      });
  });
}
