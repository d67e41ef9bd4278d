/**
 * The operator's mobile number segments: the first three digits of every number a store may
 * sell. Kept as data so a new segment is a one-line change.
 */
export const operatorSegments = [
  '130',
  '131',
  '132',
  '145',
  '155',
  '156',
  '166',
  '175',
  '176',
  '185',
  '186',
  '196',
] as const;
export type OperatorSegment = (typeof operatorSegments)[number];

const segmentSet: ReadonlySet<string> = new Set(operatorSegments);

/** True when the number starts with one of the operator's segments (length is not checked). */
export function isOperatorSegment(number: string): boolean {
  return segmentSet.has(number.slice(0, 3));
}
