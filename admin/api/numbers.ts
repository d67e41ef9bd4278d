import { z } from 'zod';
import {
  numberConflictSchema,
  numberImportResultSchema,
  numberWithdrawResultSchema,
  tierRulesDocumentSchema,
  tierRulesUpdateResultSchema,
  type ConflictResolution,
  type ConflictStatus,
  type NumberConflict,
  type NumberImportResult,
  type NumberWithdrawResult,
  type TierRules,
  type TierRulesDocument,
  type TierRulesUpdateResult,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

const conflictsResponseSchema = z.object({ conflicts: z.array(numberConflictSchema) });

/** Adds a CSV of numbers to a store's pool; the answer reports every refused row and why. */
export function importNumbers(
  storeId: string,
  csv: string,
): Promise<ApiResult<NumberImportResult>> {
  return requestJson('/api/numbers/import', numberImportResultSchema, {
    method: 'POST',
    body: { storeId, csv },
  });
}

/** Orders that lost their number at push time; null store: every store the user may see. */
export async function listConflicts(
  storeId: string | null,
  status: ConflictStatus | null,
  signal?: AbortSignal,
): Promise<ApiResult<NumberConflict[]>> {
  const query = new URLSearchParams();
  if (storeId) query.set('storeId', storeId);
  if (status) query.set('status', status);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  const result = await requestJson(`/api/numbers/conflicts${suffix}`, conflictsResponseSchema, {
    signal,
  });
  return result.ok ? { ok: true, value: result.value.conflicts } : result;
}

export function resolveConflict(
  id: string,
  resolution: ConflictResolution,
): Promise<ApiResult<NumberConflict>> {
  return requestJson(
    `/api/numbers/conflicts/${encodeURIComponent(id)}/resolve`,
    numberConflictSchema,
    {
      method: 'POST',
      body: resolution,
    },
  );
}

export function getTierRules(signal?: AbortSignal): Promise<ApiResult<TierRulesDocument>> {
  return requestJson('/api/numbers/tier-rules', tierRulesDocumentSchema, { signal });
}

export function saveTierRules(rules: TierRules): Promise<ApiResult<TierRulesUpdateResult>> {
  return requestJson('/api/numbers/tier-rules', tierRulesUpdateResultSchema, {
    method: 'PUT',
    body: rules,
  });
}

/** Takes numbers of a store out of sale; sold or held ones are skipped and said so. */
export function withdrawNumbers(
  storeId: string,
  numbers: string[],
): Promise<ApiResult<NumberWithdrawResult>> {
  return requestJson('/api/numbers/withdraw', numberWithdrawResultSchema, {
    method: 'POST',
    body: { storeId, numbers },
  });
}
