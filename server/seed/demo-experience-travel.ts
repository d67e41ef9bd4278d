import type { ContentOf } from '../../shared';

type Point = [number, number];
type MapsContent = ContentOf<'maps'>;

/** City blocks between the streets of the demo map, drawn as a loose grid. */
function cityBlocks(): MapsContent['areas'] {
  const columns: [number, number][] = [
    [75, 245],
    [275, 455],
    [485, 705],
    [735, 925],
  ];
  const rows: [number, number][] = [
    [75, 205],
    [235, 365],
    [395, 525],
    [555, 645],
  ];
  const blocks: MapsContent['areas'] = [];
  for (const [x0, x1] of columns) {
    for (const [y0, y1] of rows) {
      const square: Point[] = [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ];
      blocks.push({ kind: 'block', points: square });
    }
  }
  return blocks;
}

/** A drawn plan of the streets around the demo store in Xidan, Beijing (not to scale). */
export const cityMap: MapsContent = {
  type: 'maps',
  city: { zh: '北京 · 西单周边', en: 'Beijing · around Xidan' },
  width: 1000,
  height: 700,
  areas: [
    ...cityBlocks(),
    {
      kind: 'water',
      points: [
        [610, 70],
        [700, 64],
        [760, 96],
        [742, 150],
        [676, 170],
        [620, 140],
      ],
    },
    {
      kind: 'park',
      points: [
        [395, 236],
        [455, 236],
        [455, 364],
        [395, 364],
      ],
    },
    {
      kind: 'park',
      points: [
        [500, 236],
        [640, 236],
        [640, 360],
        [500, 360],
      ],
    },
  ],
  roads: [
    {
      name: { zh: '二环路', en: '2nd Ring Rd' },
      major: true,
      points: [
        [60, 60],
        [940, 60],
        [940, 660],
        [60, 660],
        [60, 60],
      ],
    },
    {
      name: { zh: '长安街', en: "Chang'an Ave" },
      major: true,
      points: [
        [60, 380],
        [940, 380],
      ],
    },
    {
      name: { zh: '西单北大街', en: 'Xidan North St' },
      major: true,
      points: [
        [260, 60],
        [260, 660],
      ],
    },
    {
      name: { zh: '王府井大街', en: 'Wangfujing St' },
      major: true,
      points: [
        [720, 220],
        [720, 660],
      ],
    },
    {
      name: { zh: '平安大街', en: "Ping'an Ave" },
      major: false,
      points: [
        [60, 220],
        [940, 220],
      ],
    },
    {
      name: { zh: '前门大街', en: 'Qianmen St' },
      major: false,
      points: [
        [60, 540],
        [940, 540],
      ],
    },
    {
      name: null,
      major: false,
      points: [
        [470, 60],
        [470, 220],
      ],
    },
    {
      name: null,
      major: false,
      points: [
        [470, 380],
        [470, 660],
      ],
    },
  ],
  places: [
    {
      id: 'here',
      name: { zh: '西单体验厅（您在这里）', en: 'Xidan store (you are here)' },
      kind: 'here',
      at: [290, 352],
    },
    { id: 'tiananmen', name: { zh: '天安门', en: 'Tiananmen' }, kind: 'sight', at: [560, 404] },
    {
      id: 'wangfujing',
      name: { zh: '王府井步行街', en: 'Wangfujing Street' },
      kind: 'shop',
      at: [752, 300],
    },
    {
      id: 'station',
      name: { zh: '北京站', en: 'Beijing Railway Station' },
      kind: 'station',
      at: [900, 470],
    },
    {
      id: 'duck',
      name: { zh: '前门烤鸭店', en: 'Qianmen roast duck' },
      kind: 'food',
      at: [560, 570],
    },
    { id: 'hotel', name: { zh: '民族饭店', en: 'Minzu Hotel' }, kind: 'hotel', at: [160, 404] },
    { id: 'houhai', name: { zh: '后海', en: 'Houhai lake' }, kind: 'sight', at: [690, 116] },
  ],
  routes: [
    {
      id: 'to-tiananmen',
      from: 'here',
      to: 'tiananmen',
      minutes: 9,
      km: 2.4,
      points: [
        [290, 352],
        [260, 352],
        [260, 380],
        [560, 380],
        [560, 404],
      ],
      steps: [
        {
          zh: '从体验厅出发，向南走到长安街',
          en: 'Leave the store and head south to Chang’an Ave',
        },
        {
          zh: '左转，沿长安街向东直行 2.2 公里',
          en: 'Turn left and follow Chang’an Ave east for 2.2 km',
        },
        { zh: '到达天安门，目的地在右侧', en: 'Arrive at Tiananmen, on your right' },
      ],
    },
    {
      id: 'to-wangfujing',
      from: 'here',
      to: 'wangfujing',
      minutes: 14,
      km: 4.6,
      points: [
        [290, 352],
        [260, 352],
        [260, 380],
        [720, 380],
        [720, 300],
        [752, 300],
      ],
      steps: [
        { zh: '向南走到长安街，左转', en: 'Head south to Chang’an Ave and turn left' },
        { zh: '沿长安街向东 4 公里', en: 'Follow Chang’an Ave east for 4 km' },
        { zh: '左转进入王府井大街，向北 600 米', en: 'Turn left into Wangfujing St, 600 m north' },
        { zh: '到达王府井步行街', en: 'Arrive at Wangfujing Street' },
      ],
    },
    {
      id: 'to-station',
      from: 'here',
      to: 'station',
      minutes: 21,
      km: 7.8,
      points: [
        [290, 352],
        [260, 352],
        [260, 380],
        [720, 380],
        [720, 540],
        [940, 540],
        [940, 470],
        [900, 470],
      ],
      steps: [
        { zh: '向南上长安街，左转向东', en: 'South to Chang’an Ave, then east' },
        { zh: '在王府井路口右转，向南 1.6 公里', en: 'Right at Wangfujing, 1.6 km south' },
        {
          zh: '左转进入前门大街，上二环路向北',
          en: 'Left onto Qianmen St, then north on the 2nd Ring',
        },
        { zh: '到达北京站，进站口在左侧', en: 'Arrive at Beijing Station, entrance on the left' },
      ],
    },
    {
      id: 'to-duck',
      from: 'here',
      to: 'duck',
      minutes: 12,
      km: 3.9,
      points: [
        [290, 352],
        [260, 352],
        [260, 540],
        [560, 540],
        [560, 570],
      ],
      steps: [
        { zh: '沿西单北大街一直向南', en: 'Go south along Xidan North St' },
        { zh: '左转进入前门大街，向东 3 公里', en: 'Turn left onto Qianmen St, 3 km east' },
        { zh: '到达前门烤鸭店', en: 'Arrive at Qianmen roast duck' },
      ],
    },
    {
      id: 'to-houhai',
      from: 'here',
      to: 'houhai',
      minutes: 16,
      km: 5.1,
      points: [
        [290, 352],
        [260, 352],
        [260, 220],
        [470, 220],
        [470, 60],
        [690, 60],
        [690, 116],
      ],
      steps: [
        { zh: '沿西单北大街向北', en: 'Go north along Xidan North St' },
        {
          zh: '右转进入平安大街，再左转向北',
          en: 'Right onto Ping’an Ave, then left heading north',
        },
        { zh: '沿二环路向东，到达后海', en: 'East along the 2nd Ring to Houhai lake' },
      ],
    },
  ],
};

type Trip = ContentOf<'timetable'>['trips'][number];
type TripRow = [Trip['mode'], string, string, string, string, string, number, number, string];

const carriers: Record<string, { zh: string; en: string }> = {
  rail: { zh: '中国铁路', en: 'China Railway' },
  CA: { zh: '中国国航', en: 'Air China' },
  MU: { zh: '东方航空', en: 'China Eastern' },
  CZ: { zh: '南方航空', en: 'China Southern' },
  '3U': { zh: '四川航空', en: 'Sichuan Airlines' },
};

// mode, code, from, to, departs, arrives, days, yuan, carrier
const tripRows: TripRow[] = [
  ['train', 'G1', 'bj', 'sh', '09:00', '13:48', 0, 555, 'rail'],
  ['train', 'G11', 'bj', 'sh', '11:00', '15:50', 0, 555, 'rail'],
  ['train', 'G15', 'bj', 'sh', '14:00', '18:48', 0, 555, 'rail'],
  ['train', 'D301', 'bj', 'sh', '19:58', '07:48', 1, 327, 'rail'],
  ['train', 'G2', 'sh', 'bj', '09:00', '13:48', 0, 555, 'rail'],
  ['train', 'G16', 'sh', 'bj', '14:00', '18:50', 0, 555, 'rail'],
  ['train', 'C2001', 'bj', 'tj', '06:30', '07:03', 0, 55, 'rail'],
  ['train', 'C2015', 'bj', 'tj', '08:10', '08:43', 0, 55, 'rail'],
  ['train', 'C2002', 'tj', 'bj', '07:20', '07:53', 0, 55, 'rail'],
  ['train', 'G7001', 'sh', 'nj', '07:00', '08:14', 0, 140, 'rail'],
  ['train', 'G7501', 'sh', 'hz', '08:00', '08:59', 0, 78, 'rail'],
  ['train', 'G7502', 'hz', 'sh', '10:05', '11:04', 0, 78, 'rail'],
  ['train', 'G1001', 'wh', 'gz', '07:00', '11:00', 0, 464, 'rail'],
  ['train', 'G1002', 'gz', 'wh', '08:00', '12:02', 0, 464, 'rail'],
  ['train', 'D7001', 'gz', 'sz', '07:40', '08:52', 0, 80, 'rail'],
  ['train', 'D7002', 'sz', 'gz', '09:15', '10:27', 0, 80, 'rail'],
  ['train', 'K165', 'xa', 'cd', '09:40', '06:30', 1, 142, 'rail'],
  ['train', 'G507', 'bj', 'wh', '08:00', '12:13', 0, 520, 'rail'],
  ['flight', 'CA1501', 'bj', 'sh', '08:30', '10:40', 0, 1130, 'CA'],
  ['flight', 'MU5138', 'bj', 'sh', '12:00', '14:15', 0, 1130, 'MU'],
  ['flight', 'MU5101', 'sh', 'bj', '07:00', '09:15', 0, 1130, 'MU'],
  ['flight', 'CZ3100', 'bj', 'gz', '09:00', '12:15', 0, 1700, 'CZ'],
  ['flight', 'CZ3110', 'gz', 'bj', '13:00', '16:10', 0, 1700, 'CZ'],
  ['flight', 'CA1303', 'bj', 'sz', '08:05', '11:25', 0, 1750, 'CA'],
  ['flight', 'CA4101', 'bj', 'cd', '07:40', '10:30', 0, 1440, 'CA'],
  ['flight', '3U8881', 'cd', 'bj', '08:10', '10:40', 0, 1440, '3U'],
  ['flight', 'MU2102', 'bj', 'xa', '10:10', '12:10', 0, 1040, 'MU'],
  ['flight', 'MU5303', 'sh', 'gz', '08:00', '10:25', 0, 1280, 'MU'],
  ['flight', 'CZ3524', 'gz', 'sh', '15:30', '17:40', 0, 1280, 'CZ'],
  ['flight', 'CA1951', 'cd', 'sh', '09:20', '12:00', 0, 1610, 'CA'],
  ['flight', 'CZ3412', 'sz', 'cd', '18:45', '21:05', 0, 1360, 'CZ'],
];

export const trainsAndFlights: ContentOf<'timetable'> = {
  type: 'timetable',
  cities: [
    { id: 'bj', name: { zh: '北京', en: 'Beijing' } },
    { id: 'sh', name: { zh: '上海', en: 'Shanghai' } },
    { id: 'gz', name: { zh: '广州', en: 'Guangzhou' } },
    { id: 'sz', name: { zh: '深圳', en: 'Shenzhen' } },
    { id: 'tj', name: { zh: '天津', en: 'Tianjin' } },
    { id: 'hz', name: { zh: '杭州', en: 'Hangzhou' } },
    { id: 'nj', name: { zh: '南京', en: 'Nanjing' } },
    { id: 'wh', name: { zh: '武汉', en: 'Wuhan' } },
    { id: 'xa', name: { zh: '西安', en: "Xi'an" } },
    { id: 'cd', name: { zh: '成都', en: 'Chengdu' } },
  ],
  trips: tripRows.map(([mode, code, from, to, departs, arrives, days, yuan, carrier]) => ({
    mode,
    code,
    from,
    to,
    departs,
    arrives,
    days,
    priceFen: yuan * 100,
    carrier: carriers[carrier] ?? { zh: carrier, en: carrier },
  })),
};

type Destination = ContentOf<'roaming'>['destinations'][number];
type RateRow = [
  code: string,
  zh: string,
  en: string,
  region: Destination['region'],
  partner: string,
  local: number,
  home: number,
  answer: number,
  sms: number,
  perMb: number,
  video: boolean,
];

// Yuan per minute / per text / per MB, as a 2012 price list would show them.
const rateRows: RateRow[] = [
  ['HK', '中国香港', 'Hong Kong', 'asia', 'CSL', 0.99, 1.99, 0.99, 0.39, 5, true],
  ['MO', '中国澳门', 'Macau', 'asia', 'CTM', 0.99, 1.99, 0.99, 0.39, 5, true],
  ['TW', '中国台湾', 'Taiwan', 'asia', 'Chunghwa Telecom', 1.49, 1.99, 1.49, 0.59, 8, true],
  ['JP', '日本', 'Japan', 'asia', 'NTT DOCOMO', 1.99, 2.99, 1.99, 0.99, 10, true],
  ['KR', '韩国', 'South Korea', 'asia', 'SK Telecom', 1.99, 2.99, 1.99, 0.99, 10, true],
  ['SG', '新加坡', 'Singapore', 'asia', 'SingTel', 1.99, 2.99, 1.99, 0.99, 10, true],
  ['TH', '泰国', 'Thailand', 'asia', 'AIS', 2.99, 3.99, 2.99, 0.99, 15, false],
  ['AE', '阿联酋', 'United Arab Emirates', 'asia', 'Etisalat', 3.99, 5.99, 3.99, 1.99, 30, false],
  ['GB', '英国', 'United Kingdom', 'europe', 'Vodafone UK', 2.99, 3.99, 2.99, 1.29, 20, true],
  ['FR', '法国', 'France', 'europe', 'Orange', 2.99, 3.99, 2.99, 1.29, 20, true],
  ['DE', '德国', 'Germany', 'europe', 'T-Mobile', 2.99, 3.99, 2.99, 1.29, 20, true],
  ['IT', '意大利', 'Italy', 'europe', 'TIM', 2.99, 3.99, 2.99, 1.29, 20, false],
  ['RU', '俄罗斯', 'Russia', 'europe', 'MTS', 3.99, 4.99, 3.99, 1.29, 30, false],
  ['US', '美国', 'United States', 'americas', 'AT&T', 0.99, 2.99, 0.99, 0.99, 20, true],
  ['CA', '加拿大', 'Canada', 'americas', 'Rogers', 0.99, 2.99, 0.99, 0.99, 20, true],
  ['BR', '巴西', 'Brazil', 'americas', 'Claro', 3.99, 5.99, 3.99, 1.99, 30, false],
  ['AU', '澳大利亚', 'Australia', 'oceania', 'Telstra', 1.99, 2.99, 1.99, 0.99, 15, true],
  ['NZ', '新西兰', 'New Zealand', 'oceania', 'Vodafone NZ', 2.99, 3.99, 2.99, 0.99, 20, false],
  ['ZA', '南非', 'South Africa', 'africa', 'Vodacom', 3.99, 5.99, 3.99, 1.99, 30, false],
  ['EG', '埃及', 'Egypt', 'africa', 'Mobinil', 3.99, 5.99, 3.99, 1.99, 30, false],
];

const fen = (yuan: number) => Math.round(yuan * 100);

export const roamingRates: ContentOf<'roaming'> = {
  type: 'roaming',
  destinations: rateRows.map(
    ([code, zh, en, region, partner, local, home, answer, sms, perMb, video]) => ({
      code,
      name: { zh, en },
      region,
      partner,
      callLocalFen: fen(local),
      callHomeFen: fen(home),
      answerFen: fen(answer),
      smsFen: fen(sms),
      dataPerMbFen: fen(perMb),
      videoCall: video,
    }),
  ),
};

export const callHome: ContentOf<'video-call'> = {
  type: 'video-call',
  peer: { name: { zh: '妈妈', en: 'Mum' }, place: { zh: '家里', en: 'At home' } },
  bitrateKbps: 384,
  tips: [
    { zh: '到了目的地，视频报个平安', en: 'Arrived? Let them see you are safe' },
    {
      zh: '在港澳台、日韩、欧美等地也能视频通话',
      en: 'Video calls also work roaming in Asia, Europe and America',
    },
  ],
};
