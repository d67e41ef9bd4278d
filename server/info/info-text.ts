import type { Language } from '../../shared';

/** The words of the public info pages, in both languages (the kiosk passes its own in `lang`). */
const text = {
  zh: {
    operator: '畅联移动 · 3G 体验厅',
    otherLanguage: 'English',
    handset: '手机',
    plan: '套餐',
    experience: '体验',
    price: '裸机价',
    monthly: '月费',
    year: '发布年份',
    network: '网络',
    screen: '屏幕',
    screenValue: '{size} 英寸',
    resolution: '分辨率',
    camera: '摄像头',
    cameraValue: '{mp} 百万像素',
    frontCamera: '前置摄像头（视频通话）',
    yes: '有',
    no: '无',
    unknown: '未知',
    battery: '电池',
    os: '系统',
    storage: '存储',
    ram: '内存',
    weight: '重量',
    colours: '颜色',
    source: '规格来源',
    voice: '国内通话',
    voiceValue: '{n} 分钟',
    data: '国内流量',
    sms: '短信',
    smsValue: '{n} 条',
    video: '视频通话',
    videoValue: '{n} 分钟',
    contract: '合约期',
    contractValue: '{n} 个月',
    noContract: '无合约',
    subsidy: '购机优惠',
    plans: '适合的套餐',
    handsets: '适合的手机',
    perMonth: '/月',
    notFoundTitle: '没有找到',
    notFound: '这项内容已下架或不存在，请回到门店体验机查看。',
    footer: '信息仅供参考，价格和供应以门店为准。本页不收集任何个人信息。',
  },
  en: {
    operator: 'Unity Mobile · 3G Experience Store',
    otherLanguage: '中文',
    handset: 'Handset',
    plan: 'Plan',
    experience: 'Experience',
    price: 'Handset price',
    monthly: 'Monthly fee',
    year: 'Announced',
    network: 'Network',
    screen: 'Screen',
    screenValue: '{size} inch',
    resolution: 'Resolution',
    camera: 'Camera',
    cameraValue: '{mp} MP',
    frontCamera: 'Front camera (video calls)',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    battery: 'Battery',
    os: 'System',
    storage: 'Storage',
    ram: 'Memory',
    weight: 'Weight',
    colours: 'Colours',
    source: 'Specification source',
    voice: 'Calls',
    voiceValue: '{n} min',
    data: 'Data',
    sms: 'Texts',
    smsValue: '{n}',
    video: 'Video calls',
    videoValue: '{n} min',
    contract: 'Contract',
    contractValue: '{n} months',
    noContract: 'No contract',
    subsidy: 'Handset discount',
    plans: 'Plans for it',
    handsets: 'Handsets for it',
    perMonth: '/month',
    notFoundTitle: 'Not found',
    notFound: 'This item was withdrawn or does not exist; have a look at the kiosk in the store.',
    footer:
      'For information only; prices and availability as in the store. This page collects no personal data.',
  },
} as const;

export type InfoWord = keyof (typeof text)['zh'];

export function infoWords(language: Language) {
  const words = text[language];
  return (word: InfoWord, values: Record<string, string | number> = {}) =>
    (words[word] as string).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

export function languageOf(query: unknown): Language {
  const lang = (query as { lang?: unknown } | null)?.lang;
  return lang === 'en' ? 'en' : 'zh';
}
