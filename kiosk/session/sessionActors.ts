import { fromCallback, fromPromise } from 'xstate';
import { database } from '../app/database';
import { submitOrder, type OrderRequest, type PlacedOrder } from '../checkout/placeOrder';

export type { OrderRequest, PlacedOrder };

/** Touches, keys and scrolls count as a person being there; the attract video does not. */
const activityEvents = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;
const activityThrottleMs = 1_000;

export const liveSessionActors = {
  watchActivity: fromCallback<{ type: 'user.active' }>(({ sendBack }) => {
    if (typeof window === 'undefined') return undefined;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < activityThrottleMs) return;
      last = now;
      sendBack({ type: 'user.active' });
    };
    const options = { capture: true, passive: true } as const;
    for (const name of activityEvents) window.addEventListener(name, onActivity, options);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, options);
    };
  }),
  placeOrder: fromPromise<PlacedOrder, OrderRequest>(({ input }) => submitOrder(database, input)),
};
