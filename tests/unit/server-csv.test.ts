import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../server/seed/csv';
import { handsetSlug, handsetsFromCsv, loadDemoHandsets } from '../../server/seed/handsets-csv';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\n"Black, White",2\n',
      [
        ['a', 'b'],
        ['Black, White', '2'],
      ],
    ],
    ['a\n"say ""hi"""\n', [['a'], ['say "hi"']]],
    [
      'a,b\n"two\nlines",\n',
      [
        ['a', 'b'],
        ['two\nlines', ''],
      ],
    ],
  ])('reads %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => csvRecords('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields/);
  });

  it('refuses a quote that never closes', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/quoted/);
  });
});

describe('the handset dataset', () => {
  it('yields all 1,219 handsets with unique ids', () => {
    const handsets = loadDemoHandsets();
    expect(handsets).toHaveLength(1219);
    expect(new Set(handsets.map((h) => h.id)).size).toBe(1219);
  });

  it('maps a row with quoted colours and missing values', () => {
    const csv =
      'brand,model,year,network,wcdma_bands,screen_in,resolution,camera_mp,front_camera,battery_mah,os,storage,ram,weight_g,colours,price_eur,source_url\n' +
      'Motorola,DEFY+,2011,GSM/WCDMA/HSPA,850/1900/2100,3.7,480x854,5,no,1700,Android 2.3,2 GB,512 MB,118,"Black, White",,https://example.org/x\n';
    const [handset] = handsetsFromCsv(csv);
    expect(handset).toMatchObject({
      id: 'motorola-defy-plus',
      wcdmaBands: [850, 1900, 2100],
      colours: ['Black', 'White'],
      frontCamera: 'no',
      batteryMah: 1700,
      weightG: 118,
    });
    expect(handset?.priceFen).toBeGreaterThan(0);
  });

  it.each([
    ['Sony Ericsson', 'Xperia X10 mini pro', 'sony-ericsson-xperia-x10-mini-pro'],
    ['HTC', 'One X+', 'htc-one-x-plus'],
    ['T-Mobile', 'myTouch 3G', 't-mobile-mytouch-3g'],
  ])('slugs %s %s as %s', (brand, model, slug) => {
    expect(handsetSlug(brand, model)).toBe(slug);
  });
});
