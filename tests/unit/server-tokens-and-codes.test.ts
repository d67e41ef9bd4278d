import { describe, expect, it } from 'vitest';
import { enrolRequestSchema } from '../../shared';
import { hashPassword, verifyPassword } from '../../server/auth/passwords';
import { hashToken, newToken } from '../../server/auth/tokens';
import { newEnrolmentCode, normaliseEnrolmentCode } from '../../server/devices/enrolment-code';
import { decodeOrderCursor, encodeOrderCursor } from '../../server/orders/order-cursor';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('showroom-hq');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('showroom-hq', stored)).toBe(true);
    expect(await verifyPassword('showroom-HQ', stored)).toBe(false);
  });

  it('salts each hash, so one password never hashes the same twice', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a stored value it does not understand', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('tokens', () => {
  it('are 32 random bytes, stored as a sha256 that differs from the token', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
  });
});

describe('enrolment codes', () => {
  it('look like ABCD-1234 without 0/O/1/I and pass the shared request schema', () => {
    for (let i = 0; i < 200; i++) {
      const code = newEnrolmentCode();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      expect(enrolRequestSchema.safeParse({ code }).success).toBe(true);
    }
  });

  it.each([
    ['abcd-2345', 'ABCD-2345'],
    ['ABCD2345', 'ABCD-2345'],
    [' abcd2345 ', 'ABCD-2345'],
  ])('normalises %j to %s', (typed, stored) => {
    expect(normaliseEnrolmentCode(typed)).toBe(stored);
  });
});

describe('order cursors', () => {
  it('round-trip the last order’s sort key', () => {
    const cursor = { correctedAt: 1_790_000_000_000, id: '0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b' };
    expect(decodeOrderCursor(encodeOrderCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'garbage', Buffer.from("1:' OR 1=1").toString('base64url')])(
    'refuses %j',
    (value) => {
      expect(decodeOrderCursor(value)).toBeUndefined();
    },
  );
});
