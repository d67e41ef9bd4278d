import { describe, expect, it } from 'vitest';
import { demoPriceFen, roundToX99 } from '../../server/seed/handset-prices';

describe('demo handset prices', () => {
  it.each([
    [3078, 3099],
    [2640, 2599],
    [120, 99],
    [10, 99],
  ])('rounds ¥%i to ¥%i', (yuan, rounded) => {
    expect(roundToX99(yuan)).toBe(rounded);
  });

  it('turns a late street price in EUR into a launch-like price in fen', () => {
    // iPhone 4 (2010): 200 EUR × 9 × 2.5 = ¥4,500 → ¥4,499
    expect(demoPriceFen({ id: 'apple-iphone-4', year: 2010, priceEur: 200 })).toBe(449_900);
  });

  it('prices an older model with the same street price higher', () => {
    const older = demoPriceFen({ id: 'a', year: 2008, priceEur: 100 });
    const newer = demoPriceFen({ id: 'a', year: 2012, priceEur: 100 });
    expect(older).toBeGreaterThan(newer);
  });

  it('gives a missing price a typical price of its year, stable per handset', () => {
    const price = demoPriceFen({ id: 'nokia-x', year: 2011, priceEur: null });
    expect(price).toBe(demoPriceFen({ id: 'nokia-x', year: 2011, priceEur: null }));
    expect(price).toBeGreaterThanOrEqual(1_000_00);
    expect(price).toBeLessThanOrEqual(3_000_00);
  });

  it('keeps every price between ¥299 and ¥9,999', () => {
    expect(demoPriceFen({ id: 'x', year: 2012, priceEur: 5 })).toBe(29_900);
    expect(demoPriceFen({ id: 'x', year: 2008, priceEur: 5000 })).toBe(999_900);
  });
});
