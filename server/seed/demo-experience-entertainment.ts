import type { ContentOf } from '../../shared';

export const mobileTv: ContentOf<'mobile-tv'> = {
  type: 'mobile-tv',
  delayMs: 1400,
  bitrateKbps: 320,
  channels: [
    {
      id: 'sports',
      name: { zh: '畅联体育', en: 'Unity Sports' },
      programme: { zh: '足球联赛 · 第 28 轮直播', en: 'Football league, round 28, live' },
    },
    {
      id: 'news',
      name: { zh: '新闻频道', en: 'News' },
      programme: { zh: '午间新闻', en: 'Midday news' },
    },
    {
      id: 'movies',
      name: { zh: '电影频道', en: 'Movies' },
      programme: { zh: '经典国产电影展映', en: 'Classic Chinese cinema' },
    },
    {
      id: 'kids',
      name: { zh: '少儿频道', en: 'Kids' },
      programme: { zh: '动画时间', en: 'Cartoon time' },
    },
  ],
};

export const hdLive: ContentOf<'mobile-tv'> = {
  ...mobileTv,
  delayMs: 1200,
  bitrateKbps: 768,
  channels: [
    {
      id: 'sports-hd',
      name: { zh: '体育高清', en: 'Sports HD' },
      programme: { zh: '篮球联赛总决赛 · 第 4 场', en: 'Basketball finals, game 4' },
    },
    ...mobileTv.channels.slice(0, 2),
  ],
};

/** Folk tunes and classics in the public domain, played by the kiosk's own little synthesiser. */
export const wirelessMusic: ContentOf<'music'> = {
  type: 'music',
  tracks: [
    {
      id: 'jasmine',
      title: { zh: '茉莉花', en: 'Jasmine Flower' },
      artist: { zh: '江南民歌', en: 'Jiangnan folk song' },
      melody:
        'E5 - E5 G5 A5 C6 C6 A5 G5 - G5 A5 G5 - - - E5 - E5 G5 A5 C6 C6 A5 G5 - G5 A5 G5 - - - G5 G5 G5 E5 G5 A5 A5 G5 - E5 D5 E5 G5 E5 D5 C5 - C5 D5 C5 - - -',
      bpm: 150,
      hue: 150,
    },
    {
      id: 'joy',
      title: { zh: '欢乐颂', en: 'Ode to Joy' },
      artist: { zh: '贝多芬', en: 'Beethoven' },
      melody:
        'E5 E5 F5 G5 G5 F5 E5 D5 C5 C5 D5 E5 E5 - D5 D5 - - E5 E5 F5 G5 G5 F5 E5 D5 C5 C5 D5 E5 D5 - C5 C5 - -',
      bpm: 160,
      hue: 210,
    },
    {
      id: 'kangding',
      title: { zh: '康定情歌', en: 'Kangding Love Song' },
      artist: { zh: '四川民歌', en: 'Sichuan folk song' },
      melody:
        'A4 C5 D5 - D5 E5 D5 C5 D5 A4 - - A4 C5 D5 - D5 E5 D5 C5 D5 A4 - - D5 C5 A4 - C5 D5 E5 G5 E5 D5 - -',
      bpm: 132,
      hue: 20,
    },
    {
      id: 'twinkle',
      title: { zh: '小星星', en: 'Twinkle, Twinkle' },
      artist: { zh: '童谣', en: 'Nursery rhyme' },
      melody:
        'C5 C5 G5 G5 A5 A5 G5 - F5 F5 E5 E5 D5 D5 C5 - G5 G5 F5 F5 E5 E5 D5 - G5 G5 F5 F5 E5 E5 D5 -',
      bpm: 150,
      hue: 270,
    },
    {
      id: 'jingle',
      title: { zh: '铃儿响叮当', en: 'Jingle Bells' },
      artist: { zh: '皮尔彭特', en: 'J. Pierpont' },
      melody:
        'E5 E5 E5 - E5 E5 E5 - E5 G5 C5 D5 E5 - - - F5 F5 F5 F5 F5 E5 E5 E5 E5 D5 D5 E5 D5 - G5 -',
      bpm: 180,
      hue: 0,
    },
  ],
};

export const memoryGame: ContentOf<'game'> = {
  type: 'game',
  game: 'memory',
  symbols: ['phone', 'signal', 'video', 'music', 'mail', 'map'],
  parTurns: 9,
};
