import { describe, expect, it } from 'vitest';
import { experienceSchema } from '../../shared';
import {
  emptyMailbox,
  isReplied,
  isUnread,
  mailboxReducer,
} from '../../kiosk/experiences/business/mailbox';
import {
  changeOf,
  formatChange,
  limitBand,
  nextPrice,
  tickQuotes,
  type Quote,
} from '../../kiosk/experiences/business/stockTicks';
import {
  melodySeconds,
  noteFrequency,
  parseMelody,
} from '../../kiosk/experiences/entertainment/melody';
import {
  flipCard,
  hideMismatch,
  isFaceUp,
  isWon,
  newMemoryGame,
  type MemoryGame,
} from '../../kiosk/experiences/entertainment/memoryGame';
import { delayedPosition, measuredDelay } from '../../kiosk/experiences/entertainment/tvDelay';
import { payFromWallet } from '../../kiosk/experiences/life/wallet';
import { seededRandom } from '../../kiosk/experiences/shell/seededRandom';
import { findDestinations, typicalWeekFen } from '../../kiosk/experiences/travel/roamingLookup';
import { pointAlong, polylineLength, stepAt } from '../../kiosk/experiences/travel/routeGeometry';
import {
  searchTrips,
  tripMinutes,
  type Trip,
} from '../../kiosk/experiences/travel/timetableSearch';
import { roamingRates, trainsAndFlights } from '../../server/seed/demo-experience-travel';

const trips = trainsAndFlights.trips;

describe('timetable search', () => {
  it('finds Beijing to Shanghai trains and flights, earliest first', () => {
    const found = searchTrips(trips, { from: 'bj', to: 'sh', mode: 'any' });
    expect(found.map((trip) => trip.code)).toEqual([
      'CA1501',
      'G1',
      'G11',
      'MU5138',
      'G15',
      'D301',
    ]);
  });

  it.each([
    ['train', ['G1', 'G11', 'G15', 'D301']],
    ['flight', ['CA1501', 'MU5138']],
  ] as const)('keeps only %s trips when asked', (mode, codes) => {
    expect(searchTrips(trips, { from: 'bj', to: 'sh', mode }).map((t) => t.code)).toEqual(codes);
  });

  it('leaves the destination open to list every departure from a city', () => {
    const found = searchTrips(trips, { from: 'gz', to: null, mode: 'any' });
    expect(found.length).toBeGreaterThan(2);
    expect(found.every((trip) => trip.from === 'gz')).toBe(true);
  });

  it('finds nothing for a pair no trip connects', () => {
    expect(searchTrips(trips, { from: 'tj', to: 'cd', mode: 'any' })).toEqual([]);
  });

  it('counts an overnight train across midnight', () => {
    const overnight: Trip = { ...trips[0]!, departs: '19:58', arrives: '07:48', days: 1 };
    expect(tripMinutes(overnight)).toBe(11 * 60 + 50);
  });
});

describe('roaming lookup', () => {
  const destinations = roamingRates.destinations;
  it.each([
    ['日本', ['JP']],
    ['jap', ['JP']],
    ['kingdom', ['GB']],
    ['us', ['US']],
    ['香港', ['HK']],
    ['new', ['NZ']],
  ])('finds %s', (query, codes) => {
    expect(findDestinations(destinations, query, null).map((d) => d.code)).toEqual(codes);
  });

  it('lists a whole region when nothing is typed', () => {
    const europe = findDestinations(destinations, '', 'europe');
    expect(europe.map((d) => d.code)).toEqual(['GB', 'FR', 'DE', 'IT', 'RU']);
  });

  it('does not match outside the chosen region', () => {
    expect(findDestinations(destinations, 'japan', 'europe')).toEqual([]);
  });

  it('prices a typical week from the published rates', () => {
    const hongKong = destinations.find((d) => d.code === 'HK')!;
    expect(typicalWeekFen(hongKong)).toBe(30 * 199 + 20 * 99 + 30 * 99 + 20 * 39 + 50 * 500);
  });
});

describe('stock ticks', () => {
  const quote: Quote = {
    code: '600950',
    name: { zh: '华夏通信', en: 'Huaxia Telecom' },
    previousCloseFen: 1_000,
    seriesFen: [1_000, 1_050],
  };

  it('never moves past the 10 % daily limits', () => {
    const random = seededRandom(7);
    let moving = [{ ...quote, seriesFen: [1_000, 1_099] }];
    for (let i = 0; i < 500; i++) moving = tickQuotes(moving, random);
    const prices = moving[0]!.seriesFen;
    expect(Math.max(...prices)).toBeLessThanOrEqual(limitBand(1_000).highFen);
    expect(Math.min(...prices)).toBeGreaterThanOrEqual(limitBand(1_000).lowFen);
  });

  it('always moves by at least one fen when it can', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 50; i++) expect(nextPrice(quote, random)).not.toBe(1_050);
  });

  it('keeps a bounded window of prices for the chart', () => {
    let moving = [quote];
    const random = seededRandom(1);
    for (let i = 0; i < 100; i++) moving = tickQuotes(moving, random, 30);
    expect(moving[0]!.seriesFen).toHaveLength(30);
  });

  it('reports the change from the previous close', () => {
    expect(changeOf(quote)).toEqual({ changeFen: 50, basisPoints: 500 });
    expect(formatChange(500)).toBe('+5.00%');
    expect(formatChange(-123)).toBe('−1.23%');
    expect(formatChange(0)).toBe('0.00%');
  });
});

describe('memory game', () => {
  const symbols = ['phone', 'mail', 'map'];
  const fresh = () => newMemoryGame(symbols, seededRandom(42));
  const pairOf = (game: MemoryGame, symbol: string) =>
    game.cards.flatMap((card, i) => (card.symbol === symbol ? [i] : []));

  it('deals every symbol exactly twice, face down', () => {
    const game = fresh();
    expect(game.cards).toHaveLength(6);
    for (const symbol of symbols) expect(pairOf(game, symbol)).toHaveLength(2);
    expect(game.cards.some((_, i) => isFaceUp(game, i))).toBe(false);
  });

  it('keeps a matching pair face up and counts the turn', () => {
    const [a, b] = pairOf(fresh(), 'mail') as [number, number];
    const game = flipCard(flipCard(fresh(), a), b);
    expect(isFaceUp(game, a) && isFaceUp(game, b)).toBe(true);
    expect(game.turns).toBe(1);
    expect(game.faceUp).toEqual([]);
  });

  it('shows a mismatch, refuses a third card, then turns the two back', () => {
    const start = fresh();
    const [phone] = pairOf(start, 'phone') as [number];
    const [mail, otherMail] = pairOf(start, 'mail') as [number, number];
    let game = flipCard(flipCard(start, phone), mail);
    expect(game.faceUp).toEqual([phone, mail]);
    expect(flipCard(game, otherMail)).toBe(game);
    game = hideMismatch(game);
    expect(isFaceUp(game, phone) || isFaceUp(game, mail)).toBe(false);
    expect(game.turns).toBe(1);
  });

  it('ignores a second tap on the same card', () => {
    const game = flipCard(fresh(), 0);
    expect(flipCard(game, 0)).toBe(game);
  });

  it('is won when every pair is found', () => {
    let game = fresh();
    for (const symbol of symbols) {
      const [a, b] = pairOf(game, symbol) as [number, number];
      expect(isWon(game)).toBe(false);
      game = flipCard(flipCard(game, a), b);
    }
    expect(isWon(game)).toBe(true);
    expect(game.turns).toBe(3);
  });
});

describe('mobile e-mail', () => {
  it('marks a mail read when opened and replied once a reply is sent', () => {
    let box = mailboxReducer(emptyMailbox, { type: 'open', id: 'm1' });
    expect(isUnread(box, 'm1', true)).toBe(false);
    expect(isUnread(box, 'm2', true)).toBe(true);
    box = mailboxReducer(box, { type: 'compose' });
    box = mailboxReducer(box, { type: 'draft', text: '  收到  ' });
    box = mailboxReducer(box, { type: 'send', at: '10:02' });
    expect(box.sent).toEqual([{ inReplyTo: 'm1', body: '收到', sentAt: '10:02' }]);
    expect(isReplied(box, 'm1')).toBe(true);
    expect(box.composing).toBe(false);
  });

  it('sends nothing while the reply is empty', () => {
    let box = mailboxReducer(emptyMailbox, { type: 'open', id: 'm1' });
    box = mailboxReducer(box, { type: 'compose' });
    box = mailboxReducer(box, { type: 'draft', text: '   ' });
    expect(mailboxReducer(box, { type: 'send', at: '10:02' }).sent).toEqual([]);
  });
});

describe('routes on the map', () => {
  const route = [
    [0, 0],
    [30, 0],
    [30, 40],
  ] as const;

  it('walks along the legs by distance', () => {
    expect(polylineLength(route)).toBe(70);
    expect(pointAlong(route, 0).at).toEqual([0, 0]);
    expect(pointAlong(route, 3 / 7)).toEqual({ at: [30, 0], leg: 0 });
    expect(pointAlong(route, 0.5)).toEqual({ at: [30, 5], leg: 1 });
    expect(pointAlong(route, 1).at).toEqual([30, 40]);
  });

  it('shows the last direction only on arrival', () => {
    expect(stepAt(2, 3, 0, false)).toBe(0);
    expect(stepAt(2, 3, 1, false)).toBe(1);
    expect(stepAt(2, 3, 1, true)).toBe(2);
  });
});

describe('the smaller rules', () => {
  it('plays A4 at 440 Hz and rests on a dash', () => {
    expect(noteFrequency('A4')).toBe(440);
    expect(noteFrequency('A5')).toBe(880);
    expect(noteFrequency('C4')).toBeCloseTo(261.63, 1);
    expect(parseMelody('A4 - A5')).toEqual([440, null, 880]);
    expect(melodySeconds('A4 - A5 -', 120)).toBe(2);
  });

  it.each([
    [20_000, 2_800, { ok: true, balanceFen: 17_200 }],
    [2_000, 2_800, { ok: false, reason: 'insufficient', balanceFen: 2_000 }],
    [2_800, 2_800, { ok: true, balanceFen: 0 }],
  ])('pays %i − %i from the wallet', (balance, price, result) => {
    expect(payFromWallet(balance, price)).toEqual(result);
  });

  it('measures the mobile TV delay around the loop of the clip', () => {
    expect(measuredDelay(5.4, 4, 8)).toBeCloseTo(1.4);
    expect(measuredDelay(0.5, 7.1, 8)).toBeCloseTo(1.4);
    expect(delayedPosition(0.5, 1.4, 8)).toBeCloseTo(7.1);
  });

  it('restores an experience published before content existed, and refuses bad content', () => {
    const old = {
      id: 'exp-1',
      zoneId: 'zone-1',
      kind: 'stocks',
      title: { zh: '股', en: 'Stocks' },
      summary: { zh: '股', en: 'Stocks' },
      media: null,
      planIds: [],
      handsetIds: [],
      sort: 1,
    };
    expect(experienceSchema.safeParse(old).success).toBe(true);
    const broken = { ...old, content: { type: 'stocks', quotes: [] } };
    expect(experienceSchema.safeParse(broken).success).toBe(false);
  });
});
