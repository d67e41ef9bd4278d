import { describe, expect, it } from 'vitest';
import type { Handset } from '../../shared';
import { brandCounts, filterHandsets } from '../../kiosk/catalogue/filterHandsets';
import { handsetLook, swatchOf } from '../../kiosk/catalogue/handsetLook';
import { customerProblems } from '../../kiosk/checkout/customerProblems';

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
  handset({ id: 'e6', model: 'E6-00', resolution: '640x480', screenIn: 2.46, frontCamera: 'no' }),
  handset({
    id: 's3',
    brand: 'Samsung',
    model: 'Galaxy S III I9300',
    screenIn: 4.8,
    cameraMp: 8,
    os: 'Android 4.0',
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
  }),
];
const ids = (handsets: Handset[]) => handsets.map((h) => h.id);
const noFilter = { brand: null, feature: null, query: '' };

describe('handset filter', () => {
  it.each([
    [{ ...noFilter, brand: 'Samsung' }, ['s3', 'c1']],
    [{ ...noFilter, feature: 'videoCall' }, ['n8', 's3']],
    [{ ...noFilter, feature: 'bigScreen' }, ['s3']],
    [{ ...noFilter, feature: 'budget' }, ['c1']],
    [{ ...noFilter, feature: 'smart' }, ['n8', 'e6', 's3']],
    [{ ...noFilter, query: 'galaxy s iii' }, ['s3']],
    [{ ...noFilter, query: '  nokia   e6 ' }, ['e6']],
    [{ brand: 'Nokia', feature: 'videoCall', query: 'n' }, ['n8']],
  ])('filters %o to %o', (filter, expected) => {
    expect(ids(filterHandsets(catalogue, filter))).toEqual(expected);
  });

  it('counts brands, the biggest first', () => {
    expect(brandCounts(catalogue)).toEqual([
      { brand: 'Nokia', count: 2 },
      { brand: 'Samsung', count: 2 },
    ]);
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
