/**
 * Holds a Web Lock until the returned function is called, so one sync pass runs at a time
 * across every tab and window of this kiosk (odoo#152259: two tabs pushing one queue).
 */
export function holdWebLock(locks: LockManager, name: string, onAcquired: () => void): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
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
