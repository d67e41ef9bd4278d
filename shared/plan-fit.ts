import type { Plan } from './catalogue';

/**
 * "Which plan fits me": a few questions about use, each answered with a level, turned into a
 * typical month and priced against every plan at the operator's pay-as-you-go rates for what
 * a plan does not include. The plan with the lowest expected month wins.
 */
export const usageLevels = ['none', 'light', 'regular', 'heavy'] as const;
export type UsageLevel = (typeof usageLevels)[number];

export interface UsageAnswers {
  calls: UsageLevel;
  data: UsageLevel;
  videoCalls: UsageLevel;
  sms: UsageLevel;
}

/** A typical month at each level: voice minutes, MB, video-call minutes, messages. */
export const typicalMonth = {
  calls: { none: 0, light: 100, regular: 300, heavy: 800 },
  data: { none: 0, light: 100, regular: 500, heavy: 2000 },
  videoCalls: { none: 0, light: 20, regular: 60, heavy: 150 },
  sms: { none: 0, light: 50, regular: 150, heavy: 400 },
} as const satisfies Record<keyof UsageAnswers, Record<UsageLevel, number>>;

/** Pay-as-you-go rates beyond a plan's allowance, in fen per unit (minute, MB, message). */
export const overageRatesFen = { calls: 15, data: 30, videoCalls: 60, sms: 10 } as const;

export type PlanFitPlan = Pick<
  Plan,
  'id' | 'monthlyFeeFen' | 'voiceMinutes' | 'dataMb' | 'sms' | 'videoCallMinutes'
>;

export interface PlanFit<P extends PlanFitPlan = PlanFitPlan> {
  plan: P;
  /** The monthly fee plus what the typical month costs beyond the allowance. */
  expectedFen: number;
  overageFen: number;
  /** What the typical month needs beyond the allowance, per kind (zero where it fits). */
  shortfall: Record<keyof UsageAnswers, number>;
}

const allowanceOf = (plan: PlanFitPlan): Record<keyof UsageAnswers, number> => ({
  calls: plan.voiceMinutes,
  data: plan.dataMb,
  videoCalls: plan.videoCallMinutes,
  sms: plan.sms,
});

/**
 * Every plan with its expected month, the best first: lowest expected cost, then the larger
 * allowance (room to grow), then the cheaper fee.
 */
export function fitPlans<P extends PlanFitPlan>(
  plans: readonly P[],
  answers: UsageAnswers,
): PlanFit<P>[] {
  const kinds = Object.keys(typicalMonth) as (keyof UsageAnswers)[];
  return plans
    .map((plan) => {
      const allowance = allowanceOf(plan);
      const shortfall = Object.fromEntries(
        kinds.map((kind) => [
          kind,
          Math.max(0, typicalMonth[kind][answers[kind]] - allowance[kind]),
        ]),
      ) as Record<keyof UsageAnswers, number>;
      const overageFen = kinds.reduce(
        (sum, kind) => sum + shortfall[kind] * overageRatesFen[kind],
        0,
      );
      return { plan, expectedFen: plan.monthlyFeeFen + overageFen, overageFen, shortfall };
    })
    .sort(
      (a, b) =>
        a.expectedFen - b.expectedFen ||
        headroom(b.plan, answers) - headroom(a.plan, answers) ||
        a.plan.monthlyFeeFen - b.plan.monthlyFeeFen ||
        a.plan.id.localeCompare(b.plan.id),
    );
}

/** Unused allowance of a typical month, valued at the overage rates. */
function headroom(plan: PlanFitPlan, answers: UsageAnswers): number {
  const allowance = allowanceOf(plan);
  return (Object.keys(typicalMonth) as (keyof UsageAnswers)[]).reduce(
    (sum, kind) =>
      sum +
      Math.max(0, allowance[kind] - typicalMonth[kind][answers[kind]]) * overageRatesFen[kind],
    0,
  );
}
