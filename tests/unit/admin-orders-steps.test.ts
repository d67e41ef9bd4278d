import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../shared';
import { apiErrorFromResponse } from '../../admin/api/api-error';
import { ordersPath } from '../../admin/api/orders';
import {
  availabilityOf,
  canSubmitCancel,
  initialOrderSteps,
  orderStepsReducer,
  stepErrorOf,
  type OrderStepsEvent,
  type OrderStepsState,
} from '../../admin/orders/order-steps';
import { initialOrdersState, ordersReducer } from '../../admin/orders/orders-state';
import { ordersQueryFor } from '../../admin/orders/orders-filter';

const run = (events: OrderStepsEvent[], from: OrderStepsState = initialOrderSteps) =>
  events.reduce(orderStepsReducer, from);

describe('the steps of an order in the console', () => {
  it('starts afresh for another order but keeps its state for the same one', () => {
    const ticked = run([
      { type: 'order.opened', orderId: 'a' },
      { type: 'idChecked.changed', checked: true },
    ]);
    expect(run([{ type: 'order.opened', orderId: 'a' }], ticked).idChecked).toBe(true);
    expect(run([{ type: 'order.opened', orderId: 'b' }], ticked).idChecked).toBe(false);
  });

  it('sends one step at a time: a second click while one is in flight does nothing', () => {
    const sending = run([
      { type: 'order.opened', orderId: 'a' },
      { type: 'step.requested', action: 'confirm' },
    ]);
    expect(run([{ type: 'step.requested', action: 'cancel' }], sending).pending).toBe('confirm');
    const done = run([{ type: 'step.succeeded', action: 'confirm' }], sending);
    expect(done).toMatchObject({ pending: null, done: 'confirm', idChecked: false, orderId: 'a' });
  });

  it.each([
    [409, { code: 'out_of_stock', message: 'x' }, { kind: 'outOfStock' }],
    [
      409,
      { code: 'order_status_changed', message: 'x', fields: { status: ['activated'] } },
      { kind: 'statusChanged', status: 'activated' },
    ],
    [
      409,
      { code: 'order_status_changed', message: 'x', fields: { status: ['lost'] } },
      { kind: 'statusChanged', status: null },
    ],
  ])('tells a %d %j apart', (status, error, expected) => {
    expect(stepErrorOf(apiErrorFromResponse(status, { error }))).toEqual(expected);
  });

  it('describes any other failure as usual', () => {
    const failed = run([
      { type: 'step.requested', action: 'activate' },
      {
        type: 'step.failed',
        error: apiErrorFromResponse(403, { error: { code: 'forbidden', message: 'no' } }),
      },
    ]);
    expect(failed.pending).toBeNull();
    expect(failed.error).toMatchObject({ kind: 'other', error: { kind: 'forbidden' } });
  });

  it.each<[OrderStatus, number | null, boolean, Record<string, string | true>]>([
    [
      'received',
      3,
      false,
      {
        confirm: 'orders.life.why.checkId',
        activate: 'orders.life.why.activateOnlyConfirmed',
        cancel: true,
      },
    ],
    [
      'received',
      3,
      true,
      { confirm: true, activate: 'orders.life.why.activateOnlyConfirmed', cancel: true },
    ],
    [
      'received',
      0,
      true,
      {
        confirm: 'orders.life.why.noStock',
        activate: 'orders.life.why.activateOnlyConfirmed',
        cancel: true,
      },
    ],
    [
      'received',
      null,
      true,
      { confirm: true, activate: 'orders.life.why.activateOnlyConfirmed', cancel: true },
    ],
    [
      'confirmed',
      0,
      false,
      { confirm: 'orders.life.why.confirmOnlyReceived', activate: true, cancel: true },
    ],
    [
      'activated',
      2,
      false,
      {
        confirm: 'orders.life.why.confirmOnlyReceived',
        activate: 'orders.life.why.activateOnlyConfirmed',
        cancel: true,
      },
    ],
    [
      'cancelled',
      2,
      true,
      {
        confirm: 'orders.life.why.confirmOnlyReceived',
        activate: 'orders.life.why.activateOnlyConfirmed',
        cancel: 'orders.life.why.alreadyCancelled',
      },
    ],
  ])(
    'a %s order with stock %s (ID ticked: %s) allows %j',
    (status, stockLeft, idChecked, expected) => {
      for (const action of ['confirm', 'activate', 'cancel'] as const) {
        const availability = availabilityOf({ status, stockLeft }, action, {
          idChecked,
          paymentTaken: true,
          pending: null,
        });
        expect(availability.allowed ? true : availability.why).toBe(expected[action]);
      }
    },
  );

  it('confirms only once the payment is taken as well as the ID checked', () => {
    const received = { status: 'received', stockLeft: 3 } as const;
    const ticks = (idChecked: boolean, paymentTaken: boolean) =>
      availabilityOf(received, 'confirm', { idChecked, paymentTaken, pending: null });
    expect(ticks(true, false)).toEqual({ allowed: false, why: 'orders.life.why.takePayment' });
    expect(ticks(false, true)).toEqual({ allowed: false, why: 'orders.life.why.checkId' });
    expect(ticks(true, true)).toEqual({ allowed: true });
    const paid = run([
      { type: 'order.opened', orderId: 'a' },
      { type: 'paymentTaken.changed', checked: true },
    ]);
    expect(paid.paymentTaken).toBe(true);
    expect(run([{ type: 'order.opened', orderId: 'b' }], paid).paymentTaken).toBe(false);
    expect(run([{ type: 'step.succeeded', action: 'confirm' }], paid).paymentTaken).toBe(false);
  });

  it('holds every button while a step is in flight', () => {
    expect(
      availabilityOf({ status: 'confirmed', stockLeft: 1 }, 'activate', {
        idChecked: false,
        paymentTaken: false,
        pending: 'cancel',
      }),
    ).toEqual({ allowed: false, why: 'orders.life.why.busy' });
  });

  it.each([
    ['', '', false],
    ['duplicate', '', true],
    ['other', '  ', false],
    ['other', 'moved to another city', true],
  ] as const)('lets a cancellation for "%s" with note "%s" be sent: %s', (reason, note, ok) => {
    expect(canSubmitCancel({ reason, note })).toBe(ok);
  });

  it('clears the cancel form when it is closed', () => {
    const closed = run([
      { type: 'cancel.opened' },
      { type: 'reason.chosen', reason: 'other' },
      { type: 'note.changed', note: 'x' },
      { type: 'cancel.closed' },
    ]);
    expect(closed).toMatchObject({ cancelOpen: false, reason: '', note: '' });
  });
});

describe('the list after a step', () => {
  it('shows the new status on the order’s row and leaves the others alone', () => {
    const base = {
      ticket: 'K7QD-2M4P',
      storeId: 's',
      deviceId: 'd',
      handsetId: null,
      handsetName: null,
      planId: null,
      planName: null,
      number: null,
      customerName: '张*',
      idNumberMasked: '1***',
      totalFen: 100,
      deviceCreatedAt: 1,
      receivedAt: 1,
      correctedAt: 1,
      clockSuspect: null,
    };
    const loaded = ordersReducer(initialOrdersState, {
      type: 'firstPage.loaded',
      orders: [
        { ...base, id: '00000000-0000-4000-8000-000000000001', status: 'received' },
        { ...base, id: '00000000-0000-4000-8000-000000000002', status: 'received' },
      ],
      cursor: null,
      at: 5,
    });
    const next = ordersReducer(loaded, {
      type: 'order.updated',
      order: { id: '00000000-0000-4000-8000-000000000002', status: 'confirmed' },
    });
    expect(next.orders.map((o) => o.status)).toEqual(['received', 'confirmed']);
  });

  it('asks the server for one status when the filter names one', () => {
    const result = ordersQueryFor(
      { storeId: 'bj-xidan', status: 'received', fromDay: '', toDay: '' },
      20,
    );
    expect(result.ok && ordersPath(result.query)).toBe(
      '/api/orders?storeId=bj-xidan&status=received&limit=20',
    );
  });
});
