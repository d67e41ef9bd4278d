import { useCallback, useEffect, useReducer } from 'react';
import type { OrderDetail } from '../../shared';
import { stepOrder, type OrderStepRequest } from '../api/orders';
import { initialOrderSteps, orderStepsReducer } from './order-steps';

/**
 * The steps of one order: sends one at a time, hands the order as it is now to `onChanged`
 * (the drawer and the list row), and on a 409 reloads the order so the screen shows the truth.
 */
export function useOrderSteps(
  orderId: string,
  handlers: {
    onChanged: (order: OrderDetail) => void;
    onStale: () => void;
    onUnauthorized: () => void;
  },
) {
  const [state, dispatch] = useReducer(orderStepsReducer, initialOrderSteps);
  useEffect(() => dispatch({ type: 'order.opened', orderId }), [orderId]);
  const { onChanged, onStale, onUnauthorized } = handlers;

  const send = useCallback(
    async (request: OrderStepRequest) => {
      dispatch({ type: 'step.requested', action: request.action });
      const result = await stepOrder(orderId, request);
      if (result.ok) {
        dispatch({ type: 'step.succeeded', action: request.action });
        onChanged(result.value);
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorized();
      dispatch({ type: 'step.failed', error: result.error });
      if (result.error.status === 409) onStale();
    },
    [orderId, onChanged, onStale, onUnauthorized],
  );
  return { state, dispatch, send };
}
