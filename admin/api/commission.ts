import {
  closedPeriodSchema,
  commissionPeriodsResponseSchema,
  periodRecomputeSchema,
  commissionRuleSchema,
  commissionRulesResponseSchema,
  commissionStatementSchema,
  commissionSummarySchema,
  disputeSchema,
  disputesResponseSchema,
  type AnswerDisputeRequest,
  type ClosedPeriod,
  type CommissionDispute,
  type CommissionRule,
  type CommissionStatement,
  type CommissionSummary,
  type DisputeStatus,
  type NewCommissionRule,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

/** A clerk's month; `clerkId` null: the signed-in clerk's own. */
export function fetchStatement(
  period: string,
  clerkId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<CommissionStatement>> {
  const params = new URLSearchParams({ period });
  if (clerkId) params.set('clerkId', clerkId);
  return requestJson(`/api/commission/statement?${params}`, commissionStatementSchema, { signal });
}

/** A store's clerks and their month's totals (manager: own store; HQ: the store asked for). */
export function fetchSummary(
  period: string,
  storeId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<CommissionSummary>> {
  const params = new URLSearchParams({ period });
  if (storeId) params.set('storeId', storeId);
  return requestJson(`/api/commission/summary?${params}`, commissionSummarySchema, { signal });
}

export async function listDisputes(
  query: { storeId: string | null; status?: DisputeStatus },
  signal?: AbortSignal,
): Promise<ApiResult<CommissionDispute[]>> {
  const params = new URLSearchParams();
  if (query.storeId) params.set('storeId', query.storeId);
  if (query.status) params.set('status', query.status);
  const result = await requestJson(`/api/commission/disputes?${params}`, disputesResponseSchema, {
    signal,
  });
  return result.ok ? { ok: true, value: result.value.disputes } : result;
}

export function openDispute(lineId: number, message: string) {
  return requestJson('/api/commission/disputes', disputeSchema, {
    method: 'POST',
    body: { lineId, message },
  });
}

export function answerDispute(disputeId: number, answer: AnswerDisputeRequest) {
  return requestJson(`/api/commission/disputes/${disputeId}/answer`, disputeSchema, {
    method: 'POST',
    body: answer,
  });
}

export async function listRules(signal?: AbortSignal): Promise<ApiResult<CommissionRule[]>> {
  const result = await requestJson('/api/commission/rules', commissionRulesResponseSchema, {
    signal,
  });
  return result.ok ? { ok: true, value: result.value.rules } : result;
}

export function createRule(rule: NewCommissionRule) {
  return requestJson('/api/commission/rules', commissionRuleSchema, { method: 'POST', body: rule });
}

export function endRule(ruleId: string, validTo: number) {
  return requestJson(
    `/api/commission/rules/${encodeURIComponent(ruleId)}/end`,
    commissionRuleSchema,
    {
      method: 'POST',
      body: { validTo },
    },
  );
}

/** The closed months, newest first. */
export async function listClosedPeriods(signal?: AbortSignal): Promise<ApiResult<ClosedPeriod[]>> {
  const result = await requestJson('/api/commission/periods', commissionPeriodsResponseSchema, {
    signal,
  });
  return result.ok ? { ok: true, value: result.value.periods } : result;
}

/** HQ closes an ended month: later lines of its orders count in the open month. */
export function closePeriod(period: string) {
  return requestJson(
    `/api/commission/periods/${encodeURIComponent(period)}/close`,
    closedPeriodSchema,
    { method: 'POST', body: {} },
  );
}

/** HQ replays a month's orders through the rules and sets them against the ledger (read only). */
export function recomputePeriod(period: string) {
  return requestJson(
    `/api/commission/periods/${encodeURIComponent(period)}/recompute`,
    periodRecomputeSchema,
  );
}
