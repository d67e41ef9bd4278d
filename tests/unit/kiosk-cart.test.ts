import { describe, expect, it } from 'vitest';
import {
  dropBundle,
  keepBundleWithItsHandset,
  planAllowed,
  takeBundle,
  toggleCompared,
  toggleService,
  type CartParts,
} from '../../kiosk/session/cart';

const box = { id: 'box', handsetId: 'h-box', planId: 'p-box', serviceIds: ['ring', 'mail'] };
const planless = { ...box, planId: null };
const empty: CartParts = { handsetId: null, planId: null, serviceIds: [], bundle: null };

describe('the cart a customer builds', () => {
  it.each<[string[], string, string[]]>([
    [[], 'a', ['a']],
    [['a', 'b'], 'a', ['b']],
    [['a', 'b', 'c'], 'd', ['a', 'b', 'c']],
    [['a', 'b', 'c'], 'b', ['a', 'c']],
  ])('compare list %o, toggling %s, becomes %o', (compared, id, expected) => {
    expect(toggleCompared(compared, id)).toEqual(expected);
  });

  it('takes a gift box with its plan and services first, keeping other services', () => {
    const cart = { ...empty, handsetId: 'h-1', planId: 'p-1', serviceIds: ['bank', 'mail'] };
    expect(takeBundle(cart, box)).toEqual({
      handsetId: 'h-box',
      planId: 'p-box',
      serviceIds: ['ring', 'mail', 'bank'],
      bundle: box,
    });
    expect(takeBundle(cart, planless).planId).toBe('p-1');
  });

  it("locks the box's services and plan, and frees the cart when the box goes", () => {
    const cart = takeBundle({ ...empty, serviceIds: ['bank'] }, box);
    expect(toggleService(cart, 'ring')).toEqual(cart.serviceIds);
    expect(toggleService(cart, 'bank')).toEqual(['ring', 'mail']);
    expect(toggleService(cart, 'second')).toEqual(['ring', 'mail', 'bank', 'second']);
    expect(planAllowed(box, 'p-other')).toBe(false);
    expect(planAllowed(box, 'p-box')).toBe(true);
    expect(planAllowed(planless, null)).toBe(true);
    expect(dropBundle(cart)).toEqual({ ...cart, serviceIds: ['bank'], bundle: null });
  });

  it('drops the box only when its handset leaves the cart', () => {
    const cart = takeBundle(empty, box);
    expect(keepBundleWithItsHandset(cart)).toBe(cart);
    expect(keepBundleWithItsHandset({ ...cart, handsetId: 'h-2' }).bundle).toBeNull();
  });
});
