import { describe, expect, it } from 'vitest';
import type { Handset } from '../../shared';
import {
  brandCounts,
  emptyHandsetFilter,
  filterHandsets,
  indexCatalogue,
  isFiltered,
  type HandsetFilter,
  type SortKey,
} from '../../kiosk/catalogue/filterHandsets';
import { handsetLook, swatchOf } from '../../kiosk/catalogue/handsetLook';
import { customerProblems } from '../../kiosk/checkout/customerProblems';
import { handsetSheetSpecs, wcdmaBandsText } from '../../kiosk/catalogue/handsetSpecs';
import { compareRows } from '../../kiosk/compare/compareRows';
import { loadCatalogue, translator } from '../../kiosk/i18n/messages';

function handset(overrides: Partial<Handset>): Handset {
  return {
    id: 'h',
    brand: 'Nokia',
    model: 'N8',
    year: 2010,
    network: 'GSM/WCDMA/HSPA',
    wcdmaBands: [2100],
    screenIn: 3.5,
    resolution: '360x640',
    cameraMp: 12,
    frontCamera: 'yes',
    batteryMah: 1200,
    os: 'Symbian^3',
    storage: '16 GB',
    ram: null,
    weightG: 135,
    colours: ['Black'],
    priceFen: 299_900,
    dualSim: false,
    sourceUrl: null,
    ...overrides,
  };
}

const catalogue = [
  handset({ id: 'n8' }),
  handset({
    id: 'e6',
    model: 'E6-00',
    resolution: '640x480',
    screenIn: 2.46,
    frontCamera: 'no',
    priceFen: 249_900,
  }),
  handset({
    id: 's3',
    brand: 'Samsung',
    model: 'Galaxy S III I9300',
    screenIn: 4.8,
    cameraMp: 8,
    os: 'Android 4.0',
    year: 2012,
    priceFen: 369_900,
  }),
  handset({
    id: 'c1',
    brand: 'Samsung',
    model: 'C3530',
    screenIn: 2.2,
    os: null,
    cameraMp: 2,
    priceFen: 59_900,
    frontCamera: 'no',
    dualSim: true,
  }),
];
const ids = (handsets: Handset[]) => handsets.map((h) => h.id);
const index = indexCatalogue(
  catalogue,
  new Map([
    ['e6', 3],
    ['c1', 0],
  ]),
);
const shown = (filter: Partial<HandsetFilter>) =>
  ids(filterHandsets(index, { ...emptyHandsetFilter, ...filter }));

describe('handset filter (default order: in stock, then newest)', () => {
  it.each<[Partial<HandsetFilter>, string[]]>([
    [{ brand: 'Samsung' }, ['s3', 'c1']],
    [{ features: ['videoCall'] }, ['s3', 'n8']],
    [{ features: ['bigScreen'] }, ['s3']],
    [{ features: ['dualSim'] }, ['c1']],
    [{ features: ['smart'] }, ['e6', 's3', 'n8']],
    [{ features: ['camera'] }, ['e6', 's3', 'n8']],
    [{ features: ['videoCall', 'camera', 'smart'] }, ['s3', 'n8']],
    [{ features: ['videoCall', 'dualSim'] }, []],
    [{ priceBand: 'under1000' }, ['c1']],
    [{ priceBand: 'from2000' }, ['e6', 'n8']],
    [{ priceBand: 'from3000' }, ['s3']],
    [{ inStock: true }, ['e6']],
    [{ query: 'galaxy s iii' }, ['s3']],
    [{ query: '  nokia   e6 ' }, ['e6']],
    [{ brand: 'Nokia', features: ['videoCall'], query: 'n' }, ['n8']],
  ])('filters %o to %o', (filter, expected) => {
    expect(shown(filter)).toEqual(expected);
  });

  it.each<[SortKey, string[]]>([
    // In stock first, then the newest, the dearer first within a year.
    ['recommended', ['e6', 's3', 'n8', 'c1']],
    ['priceLow', ['c1', 'e6', 'n8', 's3']],
    ['priceHigh', ['s3', 'n8', 'e6', 'c1']],
    ['newest', ['s3', 'n8', 'e6', 'c1']],
    ['screen', ['s3', 'n8', 'e6', 'c1']],
  ])('sorts by %s', (sort, expected) => {
    expect(shown({ sort })).toEqual(expected);
  });

  it('sorts what the filter keeps, and says whether anything narrows the list', () => {
    expect(shown({ brand: 'Samsung', sort: 'priceLow' })).toEqual(['c1', 's3']);
    expect(isFiltered({ ...emptyHandsetFilter, sort: 'priceHigh' })).toBe(false);
    expect(isFiltered({ ...emptyHandsetFilter, inStock: true })).toBe(true);
  });

  it('agrees with a plain filter over a large random catalogue', () => {
    const brands = ['Nokia', 'Samsung', 'HTC', 'Motorola'];
    const many = Array.from({ length: 1_200 }, (_, i) =>
      handset({
        id: `h${i}`,
        brand: brands[i % 4] ?? 'Nokia',
        model: `M${i}`,
        year: 2005 + (i % 9),
        priceFen: 50_000 + ((i * 7_919) % 400_000),
        screenIn: i % 5 === 0 ? null : 2 + (i % 30) / 10,
        cameraMp: i % 3 === 0 ? null : i % 13,
        frontCamera: i % 2 === 0 ? 'yes' : 'no',
        dualSim: i % 7 === 0,
        os: i % 4 === 0 ? null : 'Android',
      }),
    );
    const big = indexCatalogue(many);
    const filter: HandsetFilter = {
      ...emptyHandsetFilter,
      brand: 'HTC',
      features: ['bigScreen', 'smart'],
      priceBand: 'from1000',
      sort: 'priceLow',
    };
    const expected = many
      .filter(
        (h) =>
          h.brand === 'HTC' &&
          (h.screenIn ?? 0) >= 4 &&
          h.os !== null &&
          h.priceFen >= 100_000 &&
          h.priceFen < 200_000,
      )
      .sort(
        (a, b) =>
          a.priceFen - b.priceFen ||
          b.year - a.year ||
          b.priceFen - a.priceFen ||
          a.id.localeCompare(b.id),
      );
    expect(ids(filterHandsets(big, filter))).toEqual(ids(expected));
  });

  it('counts brands, the biggest first', () => {
    expect(brandCounts(catalogue)).toEqual([
      { brand: 'Nokia', count: 2 },
      { brand: 'Samsung', count: 2 },
    ]);
  });
});

describe('compare rows', () => {
  it('puts each specification in a row and marks the rows that differ', () => {
    const [n8, e6] = catalogue;
    const rows = compareRows(
      [n8 as Handset, e6 as Handset],
      new Map([['e6', 3]]),
      translator('zh'),
      'zh',
    );
    const row = (key: string) => rows.find((each) => each.key === key);
    expect(row('price')).toMatchObject({ values: ['¥2999', '¥2499'], differs: true });
    expect(row('stock')).toMatchObject({ values: ['可预订', '店内现货 3 台'], differs: true });
    expect(row('videoCall')).toMatchObject({ values: ['支持', '不支持'], differs: true });
    expect(row('camera')).toMatchObject({ values: ['12 百万像素', '12 百万像素'], differs: false });
    expect(row('os')?.differs).toBe(false);
  });

  it('shows the WCDMA bands and the memory of each handset, a dash where none is known', () => {
    const rows = compareRows(
      [
        handset({ id: 'a', wcdmaBands: [900, 2100], ram: '256 MB' }),
        handset({ id: 'b', wcdmaBands: [850, 1900, 2100], ram: null }),
        handset({ id: 'c', wcdmaBands: [], ram: '512 MB' }),
      ],
      new Map(),
      translator('zh'),
      'zh',
    );
    const row = (key: string) => rows.find((each) => each.key === key);
    expect(row('wcdmaBands')).toMatchObject({
      label: '3G 频段',
      values: ['WCDMA 2100 / 900 MHz', 'WCDMA 2100 / 1900 / 850 MHz', '—'],
      differs: true,
    });
    expect(row('ram')).toMatchObject({ label: '内存', values: ['256 MB', '—', '512 MB'] });
  });
});

describe('handset sheet specifications', () => {
  it('lists the network, its WCDMA bands, system, storage and memory in Chinese', () => {
    const n8 = handset({ wcdmaBands: [850, 900, 1700, 1900, 2100], ram: '256 MB' });
    expect(handsetSheetSpecs(n8, translator('zh'))).toEqual([
      ['网络', 'GSM/WCDMA/HSPA'],
      ['3G 频段', 'WCDMA 2100 / 1900 / 1700 / 900 / 850 MHz'],
      ['系统', 'Symbian^3'],
      ['存储', '16 GB'],
      ['内存', '256 MB'],
    ]);
  });

  it('says the same in English and leaves out what the catalogue does not know', async () => {
    await loadCatalogue('en');
    const bare = handset({ wcdmaBands: [2100, 900, 2100], os: null, ram: '128 MB' });
    expect(handsetSheetSpecs(bare, translator('en'))).toEqual([
      ['Network', 'GSM/WCDMA/HSPA'],
      ['3G bands', 'WCDMA 2100 / 900 MHz'],
      ['Storage', '16 GB'],
      ['Memory', '128 MB'],
    ]);
    expect(handsetSheetSpecs(handset({ wcdmaBands: [], ram: null }), translator('en'))).toEqual([
      ['Network', 'GSM/WCDMA/HSPA'],
      ['System', 'Symbian^3'],
      ['Storage', '16 GB'],
    ]);
    expect(wcdmaBandsText([], translator('en'))).toBeNull();
  });
});

describe('handset drawing', () => {
  it.each([
    ['n8', 'slab'],
    ['e6', 'messenger'],
    ['c1', 'bar'],
  ])('draws %s as a %s', (id, form) => {
    const found = catalogue.find((h) => h.id === id);
    expect(found && handsetLook(found).form).toBe(form);
  });

  it('maps colour names to swatches and chooses the chosen colour', () => {
    expect(swatchOf('Pearl white')).toBe('#f1f1ee');
    expect(handsetLook(handset({ colours: ['Black', 'Pink'] }), 'Pink').body).toBe(
      swatchOf('Pink'),
    );
  });
});

describe('customer problems', () => {
  it('names each wrong field with its message', () => {
    expect(customerProblems({ name: ' ', idNumber: '110105194912310021', phone: '1234' })).toEqual({
      name: 'error.name',
      idNumber: 'error.idNumber.checkDigit',
      phone: 'error.phone',
    });
  });

  it('accepts valid details, lower-case x included', () => {
    expect(
      customerProblems({ name: '张三', idNumber: '11010519491231002x', phone: '13012345678' }),
    ).toEqual({});
  });
});
