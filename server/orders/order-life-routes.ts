import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activateOrderRequestSchema,
  cancelOrderRequestSchema,
  canSeeStore,
  confirmOrderRequestSchema,
  orderDetailResponseSchema,
  orderIdParamsSchema,
  type User,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import type { Db } from '../db/schema';
import { forbidden, notFound } from '../http/http-error';
import { findOrderDetail, orderStoreId } from './order-detail-repo';
import { applyOrderStep, type OrderStep } from './order-life';

/**
 * One order and the steps of its life (registered under `/api/orders`):
 * `GET /:id`, `POST /:id/confirm {idChecked: true}`, `/:id/activate {}`,
 * `/:id/cancel {reason, note?}`. A signed-in HQ user for any store, a manager or clerk for
 * their own; a kiosk's device token is no session (401). Each step answers the order as it is
 * now, or 409 `order_status_changed` / `out_of_stock`.
 */
export const orderLifeRoutes: FastifyPluginAsyncZod = async (app) => {
  const detailOf = async (db: Db, user: User, id: string) => {
    const storeId = await orderStoreId(db, id);
    if (!storeId) throw notFound('order_not_found', 'No such order');
    if (!canSeeStore(user, storeId)) throw forbidden();
    const order = await findOrderDetail(db, id);
    if (!order) throw notFound('order_not_found', 'No such order');
    return { order };
  };

  app.get(
    '/:id',
    {
      onRequest: requireUser,
      schema: { params: orderIdParamsSchema, response: { 200: orderDetailResponseSchema } },
    },
    async (request) => detailOf(app.db, signedInUser(request), request.params.id),
  );

  const run = async (user: User, id: string, step: OrderStep) => {
    await applyOrderStep(app.db, { orderId: id, step, user, now: app.settings.now() });
    return detailOf(app.db, user, id);
  };
  const stepSchema = <B>(body: B) => ({
    params: orderIdParamsSchema,
    body,
    response: { 200: orderDetailResponseSchema },
  });

  app.post(
    '/:id/confirm',
    { onRequest: requireUser, schema: stepSchema(confirmOrderRequestSchema) },
    async (request) =>
      run(signedInUser(request), request.params.id, { action: 'confirm', note: request.body.note }),
  );
  app.post(
    '/:id/activate',
    { onRequest: requireUser, schema: stepSchema(activateOrderRequestSchema) },
    async (request) =>
      run(signedInUser(request), request.params.id, {
        action: 'activate',
        note: request.body.note,
      }),
  );
  app.post(
    '/:id/cancel',
    { onRequest: requireUser, schema: stepSchema(cancelOrderRequestSchema) },
    async (request) =>
      run(signedInUser(request), request.params.id, {
        action: 'cancel',
        reason: request.body.reason,
        note: request.body.note,
      }),
  );
};
