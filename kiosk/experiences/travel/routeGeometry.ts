export type Point = readonly [number, number];

function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    length += distance(points[i - 1] as Point, points[i] as Point);
  }
  return length;
}

/** Where a traveller is after `fraction` (0–1) of the route, and which leg they are on. */
export function pointAlong(points: readonly Point[], fraction: number): { at: Point; leg: number } {
  const first = points[0];
  if (!first) return { at: [0, 0], leg: 0 };
  const target = polylineLength(points) * Math.min(1, Math.max(0, fraction));
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const leg = distance(a, b);
    if (walked + leg >= target && leg > 0) {
      const t = (target - walked) / leg;
      return { at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], leg: i - 1 };
    }
    walked += leg;
  }
  return { at: points[points.length - 1] as Point, leg: Math.max(0, points.length - 2) };
}

/** The direction step to show: steps are spread over the route's legs in order. */
export function stepAt(legCount: number, stepCount: number, leg: number, arrived: boolean): number {
  if (stepCount <= 1) return 0;
  if (arrived) return stepCount - 1;
  const perLeg = (stepCount - 1) / Math.max(1, legCount);
  return Math.min(stepCount - 2, Math.floor(leg * perLeg));
}
