import { describe, expect, it } from 'vitest';
import {
  changeSchema,
  orderConsentVersion,
  parseMutation,
  pullQuerySchema,
  pushRequestSchema,
  retryDelayMs,
  ticketFromUuid,
} from '../../shared';

const orderId = '6f1c2b1a-7d3e-4f5a-9b8c-0d1e2f3a4b5c';
const validOrder = {
  id: orderId,
  ticket: ticketFromUuid(orderId),
  storeId: 'bj-xidan',
  handsetId: 'h1',
  colour: null,
  planId: null,
  number: null,
  customer: { name: '张三', idNumber: '11010519491231002x', phone: '13012345678' },
  consent: { textVersion: orderConsentVersion, givenAt: 1_763_999_960_000 },
  lines: [{ kind: 'handset', refId: 'h1', unitFen: 100, quantity: 1 }],
  totalFen: 100,
  createdAt: 1_764_000_000_000,
};
const envelope = (type: string, payload: unknown) => ({
  id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  type,
  payload,
  createdAt: 1_764_000_000_000,
});

describe('parseMutation', () => {
  it('accepts an order and normalises the ID number to upper case', () => {
    const parsed = parseMutation(envelope('order.place', validOrder));
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.mutation.type === 'order.place') {
      expect(parsed.mutation.payload.customer.idNumber).toBe('11010519491231002X');
    }
  });

  it.each([
    ['an unknown type', envelope('order.delete', validOrder), /Unknown mutation type/],
    [
      'a wrong check digit',
      envelope('order.place', {
        ...validOrder,
        customer: { ...validOrder.customer, idNumber: '110105194912310021' },
      }),
      /customer\.idNumber/,
    ],
    ['a negative total', envelope('order.place', { ...validOrder, totalFen: -1 }), /totalFen/],
    ['a payload that is not an object', envelope('heartbeat', 'hello'), /payload/],
    [
      'an order without the customer’s consent',
      envelope('order.place', { ...validOrder, consent: undefined }),
      /^consent: An order needs the customer’s consent/,
    ],
    [
      'a consent text the server does not know',
      envelope('order.place', { ...validOrder, consent: { textVersion: 'v0', givenAt: 1 } }),
      /^consent\.textVersion: Not a consent text this server knows/,
    ],
    [
      'a float amount of money',
      envelope('order.place', { ...validOrder, totalFen: 1.5 }),
      /totalFen/,
    ],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const parsed = parseMutation(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('push and pull envelopes', () => {
  it('refuses an empty batch, a batch over 500 and ids that are not uuids', () => {
    expect(pushRequestSchema.safeParse({ mutations: [] }).success).toBe(false);
    const many = Array.from({ length: 501 }, () => envelope('heartbeat', {}));
    expect(pushRequestSchema.safeParse({ mutations: many }).success).toBe(false);
    expect(
      pushRequestSchema.safeParse({ mutations: [{ ...envelope('heartbeat', {}), id: '1' }] })
        .success,
    ).toBe(false);
    expect(pushRequestSchema.safeParse({ mutations: [envelope('heartbeat', {})] }).success).toBe(
      true,
    );
  });

  it('defaults the pull cursor to the beginning and bounds the page size', () => {
    expect(pullQuerySchema.parse({})).toEqual({ since: 0, limit: 200 });
    expect(pullQuerySchema.parse({ since: '42', limit: '5' })).toEqual({ since: 42, limit: 5 });
    expect(pullQuerySchema.safeParse({ limit: '100000' }).success).toBe(false);
    expect(pullQuerySchema.safeParse({ since: '-1' }).success).toBe(false);
  });

  it('accepts a tombstone and refuses a put whose data does not match its entity', () => {
    expect(
      changeSchema.safeParse({ seq: 3, entity: 'plan', key: 'p1', op: 'delete', data: null })
        .success,
    ).toBe(true);
    expect(
      changeSchema.safeParse({ seq: 3, entity: 'plan', key: 'p1', op: 'put', data: { id: 'p1' } })
        .success,
    ).toBe(false);
    expect(
      changeSchema.safeParse({ seq: 3, entity: 'secrets', key: 'x', op: 'put', data: null })
        .success,
    ).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('grows exponentially with jitter inside half to full of the cap', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(0, () => 1)).toBe(1000);
    expect(retryDelayMs(3, () => 0)).toBe(4000);
    expect(retryDelayMs(3, () => 1)).toBe(8000);
  });
  it('never waits more than a minute', () => {
    expect(retryDelayMs(50, () => 1)).toBe(60_000);
  });
});
