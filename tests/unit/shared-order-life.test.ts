import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  canApplyAction,
  cancelOrderRequestSchema,
  confirmOrderRequestSchema,
  activateOrderRequestSchema,
  cancelReasonsFor,
  cancelRestocks,
  type OrderAction,
  type OrderStatus,
} from '../../shared';

describe('order life', () => {
  it.each<[OrderStatus, OrderAction[]]>([
    ['received', ['confirm', 'cancel']],
    ['confirmed', ['activate', 'cancel']],
    ['activated', ['cancel']],
    ['cancelled', []],
  ])('lets a %s order be %j', (status, actions) => {
    expect(allowedActions(status)).toEqual(actions);
  });

  it('never activates an order that was not confirmed, nor revives a cancelled one', () => {
    expect(canApplyAction('activate', 'received')).toBe(false);
    expect(canApplyAction('confirm', 'cancelled')).toBe(false);
    expect(canApplyAction('confirm', 'activated')).toBe(false);
  });

  it.each([
    [{ idChecked: true, paymentTaken: true }, true],
    [{ idChecked: true, paymentTaken: true, note: '护照' }, true],
    [{ idChecked: true }, false],
    [{ idChecked: true, paymentTaken: false }, false],
    [{ idChecked: true, paymentTaken: 'yes' }, false],
    [{ idChecked: false }, false],
    [{}, false],
    [{ idChecked: 'true' }, false],
    [{ idChecked: true, paymentTaken: true, status: 'activated' }, false],
  ])('confirm body %j valid: %s', (body, ok) => {
    expect(confirmOrderRequestSchema.safeParse(body).success).toBe(ok);
  });

  it.each([
    [{ reason: 'duplicate' }, true],
    [{ reason: 'early_churn', note: '退网' }, true],
    [{ reason: 'other', note: 'moved away' }, true],
    [{ reason: 'other' }, false],
    [{ reason: 'other', note: '   ' }, false],
    [{ reason: 'bored' }, false],
    [{ reason: 'duplicate', note: 'x'.repeat(201) }, false],
    [{ reason: 'duplicate', extra: 1 }, false],
  ])('cancel body %j valid: %s', (body, ok) => {
    expect(cancelOrderRequestSchema.safeParse(body).success).toBe(ok);
  });

  it('activates with an empty body and nothing else', () => {
    expect(activateOrderRequestSchema.safeParse({}).success).toBe(true);
    expect(activateOrderRequestSchema.safeParse({ status: 'x' }).success).toBe(false);
  });

  it.each([
    ['received', 'duplicate', false],
    ['confirmed', 'customer_changed_mind', true],
    ['activated', 'duplicate', true],
    ['activated', 'early_churn', false],
  ] as const)(
    'puts the handset of a %s order cancelled for %s back: %s',
    (status, reason, back) => {
      expect(cancelRestocks(status, reason)).toBe(back);
    },
  );

  it('offers early churn only for an activated line', () => {
    expect(cancelReasonsFor('received')).not.toContain('early_churn');
    expect(cancelReasonsFor('confirmed')).not.toContain('early_churn');
    expect(cancelReasonsFor('activated')).toContain('early_churn');
    expect(cancelReasonsFor('activated')).toHaveLength(7);
  });
});
