import { randomInt } from 'node:crypto';

/** No 0/O or 1/I: the code is read off a screen and typed on a kiosk. */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const enrolmentCodeTtlMs = 15 * 60_000;

/** `K7QD-2M4P`: 40 bits from a CSPRNG, enough for a one-use code that expires in minutes. */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed (any case, dash or not) in the stored form. */
export function normaliseEnrolmentCode(input: string): string {
  const bare = input.trim().toUpperCase().replace(/-/g, '');
  return `${bare.slice(0, 4)}-${bare.slice(4)}`;
}
