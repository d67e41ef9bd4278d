import type { z } from 'zod';
import type { mutationPayloadSchemas, MutationType } from '../../shared';
import { database } from '../app/database';
import { queueMutation } from './outbox';

/**
 * For views and machines: queue a mutation (e.g. an `analytics.event`) in the kiosk's outbox.
 * It travels with orders and heartbeats, exactly once, whenever the kiosk is online. Rejects
 * with InvalidMutationError when the payload does not match the contract.
 */
export function enqueueMutation<T extends MutationType>(
  type: T,
  payload: z.input<(typeof mutationPayloadSchemas)[T]>,
): Promise<string> {
  return queueMutation(database, type, payload);
}
