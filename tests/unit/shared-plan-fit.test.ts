import { describe, expect, it } from 'vitest';
import { fitPlans, type PlanFitPlan, type UsageAnswers } from '../../shared';

const plan = (id: string, yuan: number, voice: number, data: number, video = 0, sms = 0) =>
  ({
    id,
    monthlyFeeFen: yuan * 100,
    voiceMinutes: voice,
    dataMb: data,
    videoCallMinutes: video,
    sms,
  }) satisfies PlanFitPlan;

const talk46 = plan('talk-46', 46, 150, 40, 10, 0);
const listen106 = plan('listen-106', 106, 300, 800, 30, 50);
const biz186 = plan('biz-186', 186, 800, 800, 90, 200);
const elite386 = plan('elite-386', 386, 1800, 2000, 200, 400);
const plans = [elite386, biz186, listen106, talk46];

const answers = (partial: Partial<UsageAnswers>): UsageAnswers => ({
  calls: 'none',
  data: 'none',
  videoCalls: 'none',
  sms: 'none',
  ...partial,
});

describe('fitPlans', () => {
  it.each([
    ['a light caller who barely browses', { calls: 'light', data: 'light' }, 'talk-46'],
    ['a heavy data user who calls a little', { calls: 'light', data: 'regular' }, 'listen-106'],
    [
      'a business traveller on the phone all day',
      { calls: 'heavy', data: 'regular', videoCalls: 'regular', sms: 'regular' },
      'biz-186',
    ],
    [
      'someone who does everything a lot',
      { calls: 'heavy', data: 'heavy', videoCalls: 'heavy', sms: 'heavy' },
      'elite-386',
    ],
  ] as const)('recommends the cheapest month for %s', (_who, use, best) => {
    expect(fitPlans(plans, answers(use))[0]?.plan.id).toBe(best);
  });

  it('prices what a plan leaves out at the pay-as-you-go rates', () => {
    const fit = fitPlans([talk46], answers({ calls: 'regular', data: 'regular' }))[0];
    // 300 − 150 minutes at ¥0.15, 500 − 40 MB at ¥0.30.
    expect(fit?.shortfall).toEqual({ calls: 150, data: 460, videoCalls: 0, sms: 0 });
    expect(fit?.overageFen).toBe(150 * 15 + 460 * 30);
    expect(fit?.expectedFen).toBe(4_600 + 150 * 15 + 460 * 30);
  });

  it('breaks a tie in favour of the larger allowance', () => {
    const same = plan('same-fee-more-data', 46, 150, 400, 10, 0);
    const ranked = fitPlans([talk46, same], answers({ calls: 'light' }));
    expect(ranked.map((fit) => fit.plan.id)).toEqual(['same-fee-more-data', 'talk-46']);
    expect(ranked[0]?.expectedFen).toBe(ranked[1]?.expectedFen);
  });

  it('returns every plan once, even with no plans fitting', () => {
    expect(fitPlans([], answers({}))).toEqual([]);
    expect(
      fitPlans(plans, answers({ calls: 'heavy' }))
        .map((f) => f.plan.id)
        .sort(),
    ).toEqual(plans.map((p) => p.id).sort());
  });
});
