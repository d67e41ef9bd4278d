import type { Plan } from '../../shared';
import type { Insertable } from 'kysely';
import type { Db, PlanRow, PlansTable } from '../db/schema';
import { appendChanges } from './changes-repo';

export function planToRow(plan: Plan): Insertable<PlansTable> {
  return {
    id: plan.id,
    name_zh: plan.name.zh,
    name_en: plan.name.en,
    monthly_fee_fen: plan.monthlyFeeFen,
    voice_minutes: plan.voiceMinutes,
    data_mb: plan.dataMb,
    sms: plan.sms,
    video_call_minutes: plan.videoCallMinutes,
    contract_months: plan.contractMonths,
    handset_subsidy_fen: plan.handsetSubsidyFen,
    sort: plan.sort,
  };
}

export function planFromRow(row: PlanRow): Plan {
  return {
    id: row.id,
    name: { zh: row.name_zh, en: row.name_en },
    monthlyFeeFen: row.monthly_fee_fen,
    voiceMinutes: row.voice_minutes,
    dataMb: row.data_mb,
    sms: row.sms,
    videoCallMinutes: row.video_call_minutes,
    contractMonths: row.contract_months,
    handsetSubsidyFen: row.handset_subsidy_fen,
    sort: row.sort,
  };
}

export async function insertPlans(db: Db, plans: Plan[], now: number): Promise<void> {
  if (plans.length === 0) return;
  await db.insertInto('plans').values(plans.map(planToRow)).execute();
  await appendChanges(
    db,
    plans.map((plan) => ({ entity: 'plan', key: plan.id, op: 'put', data: plan, storeId: null })),
    now,
  );
}
