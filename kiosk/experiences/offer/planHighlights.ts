import type { Plan } from '../../../shared';
import type { Translate } from '../../i18n/messages';

function dataAmount(mb: number): string {
  return mb >= 1024 ? `${Math.round((mb / 1024) * 10) / 10} GB` : `${mb} MB`;
}

/** The two allowances that matter for a 3G experience: data and video call minutes. */
export function planHighlights(plan: Plan, t: Translate): string {
  return [
    t('plan.data', { mb: dataAmount(plan.dataMb) }),
    t('plan.videoCall', { minutes: plan.videoCallMinutes }),
  ].join(' · ');
}
