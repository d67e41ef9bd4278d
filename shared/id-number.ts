/**
 * Resident ID numbers (GB 11643-1999): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2. Province code (GB/T 2260), birth date and check character are all verified.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

/**
 * The province-level codes of GB/T 2260 an ID number starts with: the provinces, autonomous
 * regions and municipalities, Taiwan (71), Hong Kong (81), Macao (82), and 91 for residents
 * registered abroad. Anything else (10, 16, 20, 30, 90…) names no place.
 */
export const idNumberProvinceCodes: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82', '91'],
]);

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkCharacters[sum % 11] ?? '?';
}

export function idNumberProblem(value: string, today: Date = new Date()): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  if (!idNumberProvinceCodes.has(value.slice(0, 2))) return 'region';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    birth.getUTCFullYear() === year &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth.getTime() > today.getTime()) return 'birthDate';
  if (idNumberCheckCharacter(value.slice(0, 17)) !== value[17]) return 'checkDigit';
  return null;
}

export function isValidIdNumber(value: string): boolean {
  return idNumberProblem(value) === null;
}

/** The only form of an ID number a screen or a log may show: 110***********123X. */
export function maskIdNumber(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '****' + value.slice(-4);
}

export function maskName(value: string): string {
  const chars = [...value];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}
