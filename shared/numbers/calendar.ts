const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A month and day someone can be born on; 29 February counts (it exists in leap years). */
export function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (daysInMonth[month - 1] ?? 0);
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!isMonthDay(month, day)) return false;
  return month !== 2 || day !== 29 || isLeapYear(year);
}

/** Reads `length` digits of `digits` from `start` as a number; digits are 0–9 values. */
export function digitsValue(digits: ArrayLike<number>, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + (digits[i] ?? 0);
  return value;
}
