import type { Experience, Handset, Zone, ZoneKey } from '../../shared';

const zoneRows: [ZoneKey, string, string, string, string, string][] = [
  [
    'business',
    '商务区',
    'Business',
    '随时随地，高效办公',
    'Your office, wherever you are',
    '#1E5AA8',
  ],
  ['travel', '旅途区', 'Travel', '出行无忧，一路畅通', 'Find your way, anywhere', '#0F9D8A'],
  [
    'entertainment',
    '娱乐区',
    'Entertainment',
    '影音游戏，尽在掌中',
    'Music, TV and games in your hand',
    '#D9482B',
  ],
  ['life', '生活区', 'Life', '便捷生活，一机搞定', 'Everyday life, made simple', '#E39B1B'],
  ['trend', '达人区', 'Trend', '新机新玩法，先人一步', 'The newest phones, first', '#7B3FB5'],
];

export const demoZones: Zone[] = zoneRows.map(([key, zh, en, taglineZh, taglineEn, accent], i) => ({
  id: `zone-${key}`,
  key,
  name: { zh, en },
  tagline: { zh: taglineZh, en: taglineEn },
  accent,
  sort: i + 1,
}));

type Pick = 'frontCamera' | 'smartphone' | 'newest' | 'music' | 'any';
type ExperienceRow = [
  ZoneKey,
  kind: string,
  zh: string,
  en: string,
  summaryZh: string,
  summaryEn: string,
  plans: string[],
  handsets: Pick,
];

const experienceRows: ExperienceRow[] = [
  [
    'business',
    'video-call',
    '视频会议',
    'Video meeting',
    '面对面开会，不必出差',
    'Meet face to face without the flight',
    ['biz-186', 'biz-286'],
    'frontCamera',
  ],
  [
    'business',
    'mobile-email',
    '手机邮箱',
    'Mobile e-mail',
    '邮件即时推送到手机',
    'E-mail pushed to your phone the moment it arrives',
    ['biz-126', 'biz-186'],
    'smartphone',
  ],
  [
    'business',
    'stocks',
    '手机炒股',
    'Live stocks',
    '实时行情，随时交易',
    'Live quotes and trading on the move',
    ['biz-186', 'elite-386'],
    'smartphone',
  ],
  [
    'travel',
    'maps',
    '手机地图',
    'Maps',
    '实时导航，找路不再难',
    'Turn-by-turn directions in any city',
    ['biz-126', 'listen-106'],
    'smartphone',
  ],
  [
    'travel',
    'weather',
    '天气预报',
    'Weather',
    '目的地天气一手掌握',
    'The weather where you are going',
    ['talk-66', 'biz-126'],
    'any',
  ],
  [
    'travel',
    'video-call',
    '视频报平安',
    'Video call home',
    '出门在外，视频报平安',
    'Show your family you arrived safely',
    ['talk-96', 'biz-186'],
    'frontCamera',
  ],
  [
    'entertainment',
    'mobile-tv',
    '手机电视',
    'Mobile TV',
    '热门频道，随时收看',
    'Live channels wherever you are',
    ['listen-106', 'elite-386'],
    'smartphone',
  ],
  [
    'entertainment',
    'music',
    '无线音乐',
    'Wireless music',
    '百万曲库，随心畅听',
    'A million songs, streamed',
    ['listen-76', 'listen-106'],
    'music',
  ],
  [
    'entertainment',
    'game',
    '手机游戏',
    'Mobile games',
    '随时开局，好友对战',
    'Play friends online, anytime',
    ['listen-106', 'biz-186'],
    'newest',
  ],
  [
    'life',
    'payment',
    '手机支付',
    'Mobile payment',
    '缴费购物，一机搞定',
    'Pay bills and shop with your phone',
    ['talk-46', 'talk-66'],
    'any',
  ],
  [
    'life',
    'video-call',
    '亲情视频',
    'Family video call',
    '千里之外，如在眼前',
    'See the family, however far',
    ['talk-66', 'talk-96'],
    'frontCamera',
  ],
  [
    'life',
    'weather',
    '生活服务',
    'Local services',
    '天气、出行、周边一查便知',
    'Weather, transport and what is nearby',
    ['talk-46', 'listen-76'],
    'any',
  ],
  [
    'trend',
    'new-handsets',
    '新机首发',
    'New handsets',
    '最新 3G 手机抢先体验',
    'Try the newest 3G phones first',
    ['elite-386', 'elite-586'],
    'newest',
  ],
  [
    'trend',
    'mobile-tv',
    '高清直播',
    'HD live',
    '高清赛事直播，一秒不落',
    'Live sport in high definition',
    ['elite-386', 'elite-586'],
    'newest',
  ],
  [
    'trend',
    'game',
    '3D 游戏',
    '3D games',
    '大屏 3D 游戏，畅快淋漓',
    'Big-screen 3D games',
    ['elite-586', 'biz-286'],
    'newest',
  ],
];

/** Four handsets that show the experience at its best, most expensive first. */
function handsetsFor(pick: Pick, handsets: Handset[], offset: number): string[] {
  const fits = handsets.filter((h) => {
    if (pick === 'frontCamera') return h.frontCamera === 'yes' && h.year >= 2010;
    if (pick === 'smartphone') return h.os !== null && h.year >= 2010;
    if (pick === 'music') return h.os !== null && (h.storage ?? '').includes('GB');
    if (pick === 'newest') return h.year === 2012;
    return h.year >= 2011;
  });
  const ranked = [...fits].sort((a, b) => b.priceFen - a.priceFen || a.id.localeCompare(b.id));
  return ranked.slice(offset, offset + 4).map((h) => h.id);
}

/** Clips shipped in public/media/ (the kiosk's house reel), named after their experience kind. */
const shippedClips = new Set(['video-call', 'mobile-tv', 'maps']);

export function demoExperiences(handsets: Handset[]): Experience[] {
  return experienceRows.map(([zone, kind, zh, en, summaryZh, summaryEn, planIds, pick], i) => ({
    id: `exp-${zone}-${kind}`,
    zoneId: `zone-${zone}`,
    kind,
    title: { zh, en },
    summary: { zh: summaryZh, en: summaryEn },
    media: shippedClips.has(kind) ? `/media/${kind}.webm` : null,
    planIds,
    handsetIds: handsetsFor(pick, handsets, (i % 3) * 2),
    sort: i + 1,
  }));
}
