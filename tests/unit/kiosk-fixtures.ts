import { orderConsentVersion, type OrderConsent } from '../../shared';
import type {
  Bundle,
  Change,
  ClerkBadge,
  ContentVersion,
  Handset,
  Plan,
  PoolNumber,
  PullResponse,
  Service,
  VersionMedia,
  Zone,
} from '../../shared';

/** Records and builders the kiosk's unit tests share. */
export const handset: Handset = {
  id: 'h-nokia-n8',
  brand: 'Nokia',
  model: 'N8',
  year: 2010,
  network: 'GSM/WCDMA/HSPA',
  wcdmaBands: [850, 900, 1700, 1900, 2100],
  screenIn: 3.5,
  resolution: '360x640',
  cameraMp: 12,
  frontCamera: 'yes',
  batteryMah: 1200,
  os: 'Symbian^3',
  storage: '16 GB',
  ram: '256 MB',
  weightG: 135,
  colours: ['Silver white', 'Dark grey'],
  priceFen: 299_900,
  dualSim: false,
  sourceUrl: null,
};

export const plan: Plan = {
  id: 'plan-186',
  name: { zh: '186 元套餐', en: 'Plan 186' },
  monthlyFeeFen: 18_600,
  voiceMinutes: 600,
  dataMb: 1024,
  sms: 200,
  videoCallMinutes: 60,
  contractMonths: 24,
  handsetSubsidyFen: 100_000,
  sort: 1,
};

export const ringback: Service = {
  id: 'svc-ringback',
  kind: 'ringback',
  name: { zh: '彩铃', en: 'Ring-back tones' },
  summary: { zh: '让来电者听到您选的歌', en: 'Callers hear the song you choose' },
  monthlyFeeFen: 500,
  sort: 1,
};

export const bankAlerts: Service = {
  id: 'svc-bank',
  kind: 'bankAlerts',
  name: { zh: '银行短信提醒', en: 'Bank alerts' },
  summary: { zh: '每笔动账即时短信通知', en: 'A text for every transaction' },
  monthlyFeeFen: 300,
  sort: 2,
};

export const giftBox: Bundle = {
  id: 'bundle-n8',
  name: { zh: 'N8 商务礼盒', en: 'N8 business box' },
  summary: { zh: '手机、彩铃和 8G 存储卡', en: 'Handset, ring-back tones and an 8 GB card' },
  handsetId: 'h-nokia-n8',
  planId: 'plan-186',
  serviceIds: ['svc-ringback'],
  gifts: [{ name: { zh: '8G 存储卡', en: '8 GB memory card' }, valueFen: 9_900 }],
  priceFen: 289_900,
  sort: 1,
};

export const clerk: ClerkBadge = {
  id: 'clerk-1',
  storeId: 'store-1',
  badge: '1024',
  displayName: '王芳',
};

export const zone: Zone = {
  id: 'zone-business',
  key: 'business',
  name: { zh: '商务区', en: 'Business' },
  tagline: { zh: '移动办公', en: 'Work anywhere' },
  accent: '#1f6fd1',
  sort: 1,
};

export const poolNumber = (
  number: string,
  status: PoolNumber['status'] = 'available',
): PoolNumber => ({
  number,
  storeId: 'store-1',
  status,
  priceFen: 0,
  tierId: 'ordinary',
  minPlanFeeFen: 0,
});

export const customer = { name: '张三', idNumber: '11010519491231002X', phone: '13012345678' };
/** Ticked on the order screen half a minute before the order in these tests is placed. */
export const consent: OrderConsent = { textVersion: orderConsentVersion, givenAt: 500 };
export const identity = { deviceId: 'dev-1', storeId: 'store-1', token: 't'.repeat(40) };

export const newId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const page = (changes: Change[], more = false): PullResponse => ({
  changes,
  cursor: changes.at(-1)?.seq ?? 0,
  more,
});

export function media(
  path: string,
  body: string,
): VersionMedia & { body: Uint8Array<ArrayBuffer> } {
  const bytes = new TextEncoder().encode(body);
  // The hash is filled in by `withHash` (async); tests await it.
  return { path, sha256: '0'.repeat(64), bytes: bytes.byteLength, body: bytes };
}

export async function withHash(item: VersionMedia & { body: Uint8Array<ArrayBuffer> }) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', item.body));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return { ...item, sha256 };
}

export function marker(
  seq: number,
  id: string,
  files: VersionMedia[] = [],
): Extract<Change, { entity: 'version' }> {
  const version: ContentVersion = {
    id,
    publishedAt: 1_764_000_000_000,
    note: `version ${id}`,
    media: files.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
    storeIds: null,
  };
  return { seq, entity: 'version', key: id, op: 'put', data: version };
}
