/**
 * Holds a Web Lock until `release` is called, so one sync pass runs at a time across every
 * tab and window of this kiosk (odoo#152259: two tabs pushing one queue). Without Web Locks
 * the server's unique (device, mutation id) key still keeps pushes exactly-once.
 */
export function holdWebLock(name: string, onAcquired: () => void): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) {
    queueMicrotask(onAcquired);
    return release;
  }
  const controller = new AbortController();
  let acquired = false;
  locks
    .request(name, { signal: controller.signal }, () => {
      acquired = true;
      onAcquired();
      return held;
    })
    .catch(() => undefined); // aborted before we got it
  return () => {
    if (!acquired) controller.abort();
    release();
  };
}
