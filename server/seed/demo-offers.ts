import type { Bundle, Handset, Plan, Service } from '../../shared';

const text = (zh: string, en: string) => ({ zh, en });

/** Value-added services of a 3G store, billed with the plan each month. */
export const demoServices: Service[] = [
  {
    id: 'vas-ringback',
    kind: 'ringback',
    name: text('炫铃', 'Ring-back tones'),
    summary: text('来电时对方听到您选的歌曲', 'Callers hear a song you choose'),
    monthlyFeeFen: 500,
    sort: 1,
  },
  {
    id: 'vas-mail',
    kind: 'mail',
    name: text('手机邮箱', 'Mobile e-mail'),
    summary: text('新邮件即时推送到手机', 'New mail pushed to the phone'),
    monthlyFeeFen: 1_000,
    sort: 2,
  },
  {
    id: 'vas-bank-alerts',
    kind: 'bankAlerts',
    name: text('银行短信提醒', 'Bank alerts'),
    summary: text('账户变动短信通知', 'A message for every account movement'),
    monthlyFeeFen: 300,
    sort: 3,
  },
  {
    id: 'vas-second-number',
    kind: 'secondNumber',
    name: text('一卡双号', 'Second number'),
    summary: text('一张卡两个号码，工作生活分开', 'Two numbers on one SIM: work and home apart'),
    monthlyFeeFen: 1_000,
    sort: 4,
  },
];

interface BoxPlan {
  id: string;
  name: ReturnType<typeof text>;
  summary: ReturnType<typeof text>;
  /** Preferred handsets, first present wins; else the newest matching `fallback`. */
  handsetIds: string[];
  fallback: (handset: Handset) => boolean;
  planId: string | null;
  serviceIds: string[];
  gifts: Bundle['gifts'];
  /** The box's price as a share of what its parts cost apart, rounded down to ¥10. */
  share: number;
}

const boxes: BoxPlan[] = [
  {
    id: 'box-business',
    name: text('商务精英礼盒', 'Business elite box'),
    summary: text('智能手机、皮套、手机邮箱', 'Smartphone, leather case, mobile e-mail'),
    handsetIds: ['nokia-lumia-800', 'htc-one-x'],
    fallback: (h) => h.os !== null && (h.screenIn ?? 0) >= 3.7,
    planId: 'biz-186',
    serviceIds: ['vas-mail'],
    gifts: [
      { name: text('真皮保护套', 'Leather case'), valueFen: 12_800 },
      { name: text('车载充电器', 'Car charger'), valueFen: 6_800 },
    ],
    share: 0.88,
  },
  {
    id: 'box-music',
    name: text('音乐达人礼盒', 'Music lover box'),
    summary: text('手机、立体声耳机、炫铃', 'Handset, stereo headset, ring-back tones'),
    handsetIds: ['htc-desire-hd', 'samsung-galaxy-s-ii-4g-i9100m'],
    fallback: (h) => (h.cameraMp ?? 0) >= 5,
    planId: 'listen-106',
    serviceIds: ['vas-ringback'],
    gifts: [
      { name: text('立体声耳机', 'Stereo headset'), valueFen: 19_900 },
      { name: text('8GB 存储卡', '8 GB memory card'), valueFen: 9_900 },
    ],
    share: 0.9,
  },
  {
    id: 'box-two-numbers',
    name: text('双卡双号礼盒', 'Two-number box'),
    summary: text('双卡手机、一卡双号、银行提醒', 'Dual-SIM handset, second number, bank alerts'),
    handsetIds: ['samsung-galaxy-s-duos-s7562', 'samsung-galaxy-y-duos-s6102'],
    fallback: (h) => h.dualSim,
    planId: null,
    serviceIds: ['vas-second-number', 'vas-bank-alerts'],
    gifts: [{ name: text('贴膜与保护壳', 'Screen film and cover'), valueFen: 4_900 }],
    share: 0.92,
  },
  {
    id: 'box-starter',
    name: text('入门体验礼盒', '3G starter box'),
    summary: text('实惠 3G 手机与备用电池', 'An affordable 3G handset and a spare battery'),
    handsetIds: [],
    fallback: (h) => h.priceFen <= 120_000,
    planId: 'talk-66',
    serviceIds: [],
    gifts: [{ name: text('备用电池', 'Spare battery'), valueFen: 8_900 }],
    share: 0.93,
  },
];

/** Gift boxes of handsets the seeded catalogue holds; a box without one is left out. */
export function demoBundles(
  handsets: readonly Handset[],
  plans: readonly Plan[],
  services: readonly Service[] = demoServices,
): Bundle[] {
  const byId = new Map(handsets.map((h) => [h.id, h]));
  const newestFirst = [...handsets].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
  const planIds = new Set(plans.map((plan) => plan.id));
  return boxes.flatMap((box, index): Bundle[] => {
    const handset =
      box.handsetIds.map((id) => byId.get(id)).find((h) => h !== undefined) ??
      newestFirst.find(box.fallback);
    if (!handset || (box.planId && !planIds.has(box.planId))) return [];
    const included = services.filter((service) => box.serviceIds.includes(service.id));
    const apart =
      handset.priceFen +
      box.gifts.reduce((sum, gift) => sum + gift.valueFen, 0) +
      included.reduce((sum, service) => sum + service.monthlyFeeFen, 0);
    return [
      {
        id: box.id,
        name: box.name,
        summary: box.summary,
        handsetId: handset.id,
        planId: box.planId,
        serviceIds: box.serviceIds,
        gifts: box.gifts,
        priceFen: Math.floor((apart * box.share) / 1_000) * 1_000,
        sort: index + 1,
      },
    ];
  });
}

/** A clerk's badge in the demo: 10, the store's sort and the clerk's number (1012: store 1, clerk 2). */
export function demoBadge(storeSort: number, clerk: 1 | 2): string {
  return `10${storeSort}${clerk}`;
}
