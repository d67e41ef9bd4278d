import type { ContentOf } from '../../shared';

export const mobilePayment: ContentOf<'payment'> = {
  type: 'payment',
  walletFen: 20_000,
  items: [
    {
      id: 'metro',
      merchant: { zh: '北京地铁', en: 'Beijing Subway' },
      item: { zh: '单程票', en: 'Single ride' },
      priceFen: 200,
      icon: 'metro',
    },
    {
      id: 'shop',
      merchant: { zh: '好邻居便利店', en: 'Good Neighbour store' },
      item: { zh: '矿泉水和面包', en: 'Water and bread' },
      priceFen: 1_250,
      icon: 'shop',
    },
    {
      id: 'coffee',
      merchant: { zh: '街角咖啡', en: 'Corner Café' },
      item: { zh: '拿铁（大杯）', en: 'Large latte' },
      priceFen: 2_800,
      icon: 'coffee',
    },
    {
      id: 'lunch',
      merchant: { zh: '老北京炸酱面', en: 'Old Beijing noodles' },
      item: { zh: '炸酱面套餐', en: 'Zhajiang noodle set' },
      priceFen: 2_300,
      icon: 'food',
    },
    {
      id: 'cinema',
      merchant: { zh: '西单影城', en: 'Xidan Cinema' },
      item: { zh: '电影票 1 张', en: 'One film ticket' },
      priceFen: 4_500,
      icon: 'ticket',
    },
    {
      id: 'power',
      merchant: { zh: '电力公司', en: 'Power company' },
      item: { zh: '本月电费', en: 'Electricity, this month' },
      priceFen: 8_640,
      icon: 'bill',
    },
  ],
};

export const mobileNews: ContentOf<'news'> = {
  type: 'news',
  edition: { zh: '畅联手机报 · 早间版（演示）', en: 'Unity Mobile News, morning edition (demo)' },
  stories: [
    {
      id: 'metro-line',
      category: { zh: '本地', en: 'Local' },
      title: {
        zh: '地铁新线今日开通，西单换乘更方便',
        en: 'New metro line opens today, easier changes at Xidan',
      },
      time: '07:30',
      body: [
        {
          zh: '新线全长 27 公里，设 20 座车站，早高峰每 3 分钟一班。',
          en: 'The 27 km line has 20 stations, with a train every 3 minutes at rush hour.',
        },
        { zh: '西单站可与 1 号线、4 号线换乘。', en: 'At Xidan it connects with lines 1 and 4.' },
      ],
    },
    {
      id: '3g-users',
      category: { zh: '科技', en: 'Tech' },
      title: {
        zh: '3G 用户数持续增长，手机上网成新习惯',
        en: '3G users keep growing as mobile internet becomes a habit',
      },
      time: '07:10',
      body: [
        {
          zh: '调查显示，超过六成 3G 用户每天用手机看新闻、查地图。',
          en: 'A survey finds over 60% of 3G users read news and check maps on their phones daily.',
        },
        {
          zh: '视频通话和手机电视是增长最快的业务。',
          en: 'Video calls and mobile TV are the fastest-growing services.',
        },
      ],
    },
    {
      id: 'weekend',
      category: { zh: '生活', en: 'Life' },
      title: { zh: '周末晴好，适宜出游', en: 'A sunny weekend, good for a day out' },
      time: '06:50',
      body: [
        {
          zh: '周六、周日以晴为主，最高气温 22 度。',
          en: 'Mostly sunny on Saturday and Sunday, highs of 22 °C.',
        },
        {
          zh: '香山红叶进入最佳观赏期，建议错峰出行。',
          en: 'The Fragrant Hills’ red leaves are at their best; go early to beat the crowds.',
        },
      ],
    },
    {
      id: 'football',
      category: { zh: '体育', en: 'Sport' },
      title: {
        zh: '主场 2 比 1 逆转，本市球队重回第一',
        en: '2–1 comeback at home puts the city’s team back on top',
      },
      time: '06:30',
      body: [
        {
          zh: '下半场两粒进球帮助主队逆转取胜。',
          en: 'Two second-half goals turned the game around.',
        },
        {
          zh: '下一轮比赛本周三晚手机电视直播。',
          en: 'The next round is live on mobile TV on Wednesday night.',
        },
      ],
    },
    {
      id: 'markets',
      category: { zh: '财经', en: 'Business' },
      title: {
        zh: '消费电子板块走强，智能手机出货量创新高',
        en: 'Consumer electronics rise as smartphone shipments hit a record',
      },
      time: '06:10',
      body: [
        {
          zh: '三季度国内智能手机出货量同比增长超过一倍。',
          en: 'Domestic smartphone shipments more than doubled year on year in Q3.',
        },
      ],
    },
  ],
};

type City = ContentOf<'weather'>['cities'][number];
type DayRow = [City['condition'], number, number];
const dayLabels = [
  { zh: '今天', en: 'Today' },
  { zh: '明天', en: 'Tomorrow' },
  { zh: '后天', en: 'Day after' },
  { zh: '周六', en: 'Sat' },
  { zh: '周日', en: 'Sun' },
];
const forecast = (rows: DayRow[]): City['days'] =>
  rows.map(([condition, highC, lowC], i) => ({
    label: dayLabels[i] ?? { zh: `第 ${i + 1} 天`, en: `Day ${i + 1}` },
    condition,
    highC,
    lowC,
  }));

export const weatherForecast: ContentOf<'weather'> = {
  type: 'weather',
  issuedAt: '06:00',
  cities: [
    {
      id: 'beijing',
      name: { zh: '北京', en: 'Beijing' },
      condition: 'sunny',
      tempC: 18,
      humidityPct: 32,
      wind: { zh: '北风 3 级', en: 'North wind, force 3' },
      airQuality: 68,
      days: forecast([
        ['sunny', 21, 8],
        ['cloudy', 19, 9],
        ['overcast', 16, 7],
        ['sunny', 22, 9],
        ['sunny', 22, 10],
      ]),
    },
    {
      id: 'shanghai',
      name: { zh: '上海', en: 'Shanghai' },
      condition: 'rain',
      tempC: 19,
      humidityPct: 84,
      wind: { zh: '东南风 2 级', en: 'South-east wind, force 2' },
      airQuality: 45,
      days: forecast([
        ['rain', 21, 16],
        ['rain', 20, 15],
        ['cloudy', 22, 15],
        ['sunny', 24, 16],
        ['cloudy', 23, 17],
      ]),
    },
    {
      id: 'guangzhou',
      name: { zh: '广州', en: 'Guangzhou' },
      condition: 'storm',
      tempC: 27,
      humidityPct: 88,
      wind: { zh: '南风 3 级', en: 'South wind, force 3' },
      airQuality: 38,
      days: forecast([
        ['storm', 30, 24],
        ['rain', 29, 23],
        ['cloudy', 30, 23],
        ['cloudy', 31, 24],
        ['sunny', 31, 24],
      ]),
    },
    {
      id: 'harbin',
      name: { zh: '哈尔滨', en: 'Harbin' },
      condition: 'snow',
      tempC: -3,
      humidityPct: 70,
      wind: { zh: '西北风 4 级', en: 'North-west wind, force 4' },
      airQuality: 55,
      days: forecast([
        ['snow', 0, -9],
        ['overcast', 2, -8],
        ['sunny', 3, -10],
        ['sunny', 4, -9],
        ['snow', -1, -12],
      ]),
    },
    {
      id: 'sanya',
      name: { zh: '三亚', en: 'Sanya' },
      condition: 'sunny',
      tempC: 29,
      humidityPct: 72,
      wind: { zh: '东风 2 级', en: 'East wind, force 2' },
      airQuality: 22,
      days: forecast([
        ['sunny', 31, 24],
        ['sunny', 31, 25],
        ['cloudy', 30, 24],
        ['sunny', 31, 24],
        ['sunny', 32, 25],
      ]),
    },
    {
      id: 'chengdu',
      name: { zh: '成都', en: 'Chengdu' },
      condition: 'fog',
      tempC: 16,
      humidityPct: 90,
      wind: { zh: '微风', en: 'Light breeze' },
      airQuality: 96,
      days: forecast([
        ['fog', 19, 13],
        ['overcast', 18, 13],
        ['cloudy', 20, 14],
        ['rain', 17, 12],
        ['cloudy', 19, 13],
      ]),
    },
  ],
};

export const photoSharing: ContentOf<'photo-share'> = {
  type: 'photo-share',
  uplinkKbps: 384,
  friends: [
    { id: 'mum', name: { zh: '妈妈', en: 'Mum' } },
    { id: 'xiaoli', name: { zh: '小李', en: 'Xiao Li' } },
    { id: 'class', name: { zh: '大学同学群', en: 'Class of 2008' } },
    { id: 'team', name: { zh: '篮球队', en: 'Basketball team' } },
  ],
};
