/** The kiosk's IndexedDB database; its own module so the service worker can name it without Dexie. */
export const kioskDatabaseName = 'showroom-kiosk';
