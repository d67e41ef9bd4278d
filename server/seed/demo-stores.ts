import type { Store } from '../../shared';

/** The store whose kiosk `GET /api/devices/demo-enrolment` enrols. */
export const demoStoreId = 'bj-xidan';

export interface DemoStore extends Store {
  sort: number;
  /** First six digits of ID numbers issued there: demo customers are mostly local. */
  idRegion: string;
  /** Two kiosk labels standing in the store, and the staff names. */
  kiosks: [string, string];
  manager: string;
  clerks: [string, string];
  /** Relative share of the demo's order history. */
  weight: number;
}

export const demoStores: DemoStore[] = [
  {
    id: 'bj-xidan',
    name: '北京西单旗舰店',
    city: '北京',
    district: '西城区',
    type: 'own',
    sort: 1,
    idRegion: '110102',
    kiosks: ['西单 1 号机', '西单 2 号机'],
    manager: '王建国',
    clerks: ['李娜', '张伟'],
    weight: 5,
  },
  {
    id: 'sh-nanjing-road',
    name: '上海南京东路店',
    city: '上海',
    district: '黄浦区',
    type: 'own',
    sort: 2,
    idRegion: '310101',
    kiosks: ['南京东路 1 号机', '南京东路 2 号机'],
    manager: '陈静',
    clerks: ['刘洋', '周敏'],
    weight: 4,
  },
  {
    id: 'gz-tianhe',
    name: '广州天河城店',
    city: '广州',
    district: '天河区',
    type: 'own',
    sort: 3,
    idRegion: '440106',
    kiosks: ['天河城 1 号机', '天河城 2 号机'],
    manager: '黄志强',
    clerks: ['林晓燕', '吴俊'],
    weight: 3,
  },
  {
    id: 'sz-huaqiangbei',
    name: '深圳华强北合作店',
    city: '深圳',
    district: '福田区',
    type: 'partner',
    sort: 4,
    idRegion: '440304',
    kiosks: ['华强北 1 号机', '华强北 2 号机'],
    manager: '郑海涛',
    clerks: ['何丽', '谢磊'],
    weight: 3,
  },
  {
    id: 'cd-chunxi',
    name: '成都春熙路合作店',
    city: '成都',
    district: '锦江区',
    type: 'partner',
    sort: 5,
    idRegion: '510104',
    kiosks: ['春熙路 1 号机', '春熙路 2 号机'],
    manager: '杨雪',
    clerks: ['罗浩', '邓婷'],
    weight: 2,
  },
];

/** Printed at start in demo mode; the HQ login comes from ADMIN_LOGIN / ADMIN_PASSWORD. */
export const demoPasswords = { manager: 'showroom-manager', clerk: 'showroom-clerk' } as const;
export const managerLogin = (storeId: string) => `${storeId}-manager`;
export const clerkLogin = (storeId: string, n: 1 | 2) => `${storeId}-clerk${n}`;
