const units = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB": binary steps, one decimal below 10, none above. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** "312 MB / 2.0 GB (15%)", or null when the kiosk has not reported its storage. */
export function formatStorageUse(usage: number | null, quota: number | null): string | null {
  if (usage === null) return null;
  if (quota === null || quota === 0) return formatBytes(usage);
  const percent = Math.round((usage / quota) * 100);
  return `${formatBytes(usage)} / ${formatBytes(quota)} (${percent}%)`;
}

/** Storage use past this share of the quota is shown as a warning: the kiosk may soon fail. */
export const storageWarningShare = 0.9;

export type StorageAlert = 'nearlyFull' | 'notPersisted';

/** Why a kiosk's storage needs attention, if it does: nearly full first, then not persistent. */
export function storageAlerts(
  usage: number | null,
  quota: number | null,
  persisted: boolean | null,
): StorageAlert[] {
  const alerts: StorageAlert[] = [];
  if (usage !== null && quota !== null && quota > 0 && usage / quota > storageWarningShare)
    alerts.push('nearlyFull');
  if (persisted === false) alerts.push('notPersisted');
  return alerts;
}
