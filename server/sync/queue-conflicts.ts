import { pushReasons, tierOf, type TierRules } from '../../shared';
import { availableNumbersByTier, availableNumbersForPlan } from '../content/numbers-repo';
import type { Db } from '../db/schema';
import type { AuthenticatedDevice } from '../http/fastify-types';
import { recordConflicts } from '../numbers/conflicts-repo';
import { tierRulesInForce } from '../numbers/tier-rules-repo';
import type { BatchPlan } from './decide-batch';

const alternativesOffered = 5;

/**
 * Queues every order conflict of the batch in the store's conflict queue, in the push's
 * transaction (the kiosk masks the customer's details once it has the answer, trusting the
 * queue to hold them). A lost number's answer gets up to five available numbers of its tier;
 * an order whose number needs a dearer plan is offered numbers its plan allows, in the queue
 * only (its answer is left as before, for kiosks that do not expect them).
 */
export async function queueConflicts(
  trx: Db,
  device: AuthenticatedDevice,
  plan: BatchPlan,
  now: number,
): Promise<void> {
  if (plan.conflicts.length === 0) return;
  const except = plan.sales.map((sale) => sale.number);
  // A number the store does not have is filed under the tier the rules in force give it.
  const needsRules = plan.conflicts.some(
    ({ facts, draft }) => facts.tierId === null && draft.number !== null,
  );
  const rules: TierRules | null = needsRules ? (await tierRulesInForce(trx)).rules : null;
  const tierIds = plan.conflicts.map(({ facts, draft }) => {
    if (facts.tierId !== null) return facts.tierId;
    if (draft.number === null) return '';
    return rules ? tierOf(draft.number, rules).id : 'ordinary';
  });

  const lost = plan.conflicts.flatMap((conflict, i) =>
    conflict.facts.reason === pushReasons.numberUnavailable ? [tierIds[i] ?? ''] : [],
  );
  const byTier = await availableNumbersByTier(trx, {
    storeId: device.storeId,
    tierIds: [...new Set(lost)],
    except,
    perTier: alternativesOffered,
    now,
  });
  const byPlanFee = new Map<number, string[]>();
  for (const { facts } of plan.conflicts) {
    if (facts.reason !== pushReasons.numberNeedsPlan || byPlanFee.has(facts.planFeeFen)) continue;
    byPlanFee.set(
      facts.planFeeFen,
      await availableNumbersForPlan(trx, {
        storeId: device.storeId,
        planFeeFen: facts.planFeeFen,
        except,
        limit: alternativesOffered,
        now,
      }),
    );
  }

  const alternatives = plan.conflicts.map(({ facts, answer, row }, i) => {
    if (facts.reason === pushReasons.numberNeedsPlan) return byPlanFee.get(facts.planFeeFen) ?? [];
    if (facts.reason !== pushReasons.numberUnavailable) return [];
    const offered = byTier.get(tierIds[i] ?? '') ?? [];
    answer.alternatives = offered;
    row.alternatives = JSON.stringify(offered);
    return offered;
  });
  await recordConflicts(
    trx,
    plan.conflicts.map(({ facts, draft, answer }, i) => ({
      draft,
      reason: facts.reason,
      todayTotalFen: facts.todayTotalFen,
      deviceId: device.id,
      mutationId: answer.id,
      tierId: tierIds[i] ?? '',
      alternatives: alternatives[i] ?? [],
      createdAt: now,
    })),
  );
}
