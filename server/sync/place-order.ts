import { priceCart, pushReasons, samePricing, type MutationOf } from '../../shared';
import { findHandsetPrice } from '../content/handsets-repo';
import { availableAlternatives, findStoreNumber, sellNumber } from '../content/numbers-repo';
import { findPlan } from '../content/plans-repo';
import type { Db } from '../db/schema';
import type { AuthenticatedDevice } from '../http/fastify-types';
import { insertOrder, insertOrderEvents } from '../orders/orders-repo';
import type { MutationOutcome } from './applied-mutations-repo';

export interface PushContext {
  receivedAt: number;
  /** Server receive time minus the device's `sentAt`, when the batch carried one. */
  clockOffsetMs: number | null;
}

const alternativesOffered = 5;

/**
 * Applies an `order.place` with the server's own prices and the store's own number pool.
 * Runs inside the push transaction; everything it writes commits with the mutation record.
 */
export async function placeOrder(
  db: Db,
  device: AuthenticatedDevice,
  mutation: MutationOf<'order.place'>,
  context: PushContext,
): Promise<MutationOutcome> {
  const draft = mutation.payload;
  if (draft.storeId !== device.storeId)
    return { status: 'rejected', reason: pushReasons.wrongStore };

  const handset = draft.handsetId ? await findHandsetPrice(db, draft.handsetId) : null;
  if (draft.handsetId && !handset)
    return { status: 'rejected', reason: pushReasons.unknownHandset };
  const plan = draft.planId ? await findPlan(db, draft.planId) : null;
  if (draft.planId && !plan) return { status: 'rejected', reason: pushReasons.unknownPlan };

  const chosen = draft.number ? await findStoreNumber(db, device.storeId, draft.number) : null;
  const numberConflict = async (): Promise<MutationOutcome> => {
    const claimedPrice = draft.lines.find((line) => line.kind === 'number')?.unitFen ?? 0;
    const alternatives = await availableAlternatives(db, {
      storeId: device.storeId,
      priceFen: chosen?.priceFen ?? claimedPrice,
      except: draft.number ?? '',
      limit: alternativesOffered,
    });
    return { status: 'conflict', reason: pushReasons.numberUnavailable, alternatives };
  };
  if (draft.number && chosen?.status !== 'available') return numberConflict();

  const serverPricing = priceCart({
    handset: handset ?? null,
    plan: plan ?? null,
    number: chosen ? { number: chosen.number, priceFen: chosen.priceFen } : null,
  });
  if (!samePricing(serverPricing, { lines: draft.lines, totalFen: draft.totalFen })) {
    return { status: 'conflict', reason: pushReasons.priceChanged };
  }

  const inserted = await insertOrder(db, {
    id: draft.id,
    ticket: draft.ticket,
    store_id: draft.storeId,
    device_id: device.id,
    handset_id: draft.handsetId,
    colour: draft.colour,
    plan_id: draft.planId,
    number: draft.number,
    customer_name: draft.customer.name,
    id_number: draft.customer.idNumber,
    customer_phone: draft.customer.phone,
    lines: JSON.stringify(serverPricing.lines),
    total_fen: serverPricing.totalFen,
    status: 'received',
    device_created_at: draft.createdAt,
    received_at: context.receivedAt,
    clock_offset_ms: context.clockOffsetMs,
  });
  if (!inserted) return { status: 'rejected', reason: pushReasons.duplicateOrder };

  if (chosen) {
    const sold = await sellNumber(db, { ...chosen, storeId: device.storeId }, context.receivedAt);
    if (!sold) {
      // Another order took the number between our read and our update: undo our own insert.
      await db.deleteFrom('orders').where('id', '=', draft.id).execute();
      return numberConflict();
    }
  }
  await insertOrderEvents(db, [
    {
      order_id: draft.id,
      status: 'received',
      actor: `device:${device.id}`,
      at: context.receivedAt,
    },
  ]);
  return { status: 'applied', result: { orderId: draft.id, ticket: draft.ticket } };
}
