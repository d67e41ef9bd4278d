/**
 * For the service worker: the media list of the content version on screen, read straight from
 * the kiosk's IndexedDB (`meta.contentVersion`, written by the page in the same transaction
 * that puts the version on screen). The worker serves exactly the files of the shown version,
 * so media switch with the content, atomically. Plain IndexedDB: Dexie stays out of the worker.
 */
export interface ShownMediaItem {
  path: string;
  sha256: string;
}

export function openKioskDatabase(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    // No database yet (a kiosk that never ran): do not create an empty one under the page.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // The page upgrades the schema: step aside at once, reopen on the next request.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

export function readShownMedia(db: IDBDatabase): Promise<Map<string, string>> {
  return new Promise((resolve) => {
    const byPath = new Map<string, string>();
    if (!db.objectStoreNames.contains('meta')) return resolve(byPath);
    const request = db.transaction('meta', 'readonly').objectStore('meta').get('contentVersion');
    request.onsuccess = () => {
      const value = (request.result as { value?: { media?: unknown } } | undefined)?.value;
      if (Array.isArray(value?.media)) {
        for (const item of value.media as Partial<ShownMediaItem>[]) {
          if (typeof item.path === 'string' && typeof item.sha256 === 'string') {
            byPath.set(item.path, item.sha256);
          }
        }
      }
      resolve(byPath);
    };
    request.onerror = () => resolve(byPath);
  });
}
