import { fromCallback, fromPromise, type EventObject } from 'xstate';
import type { AnalyticsEvent, ClerkBadge } from '../../shared';
import { recordAnalyticsEvent } from '../analytics/recordEvent';
import { database } from '../app/database';
import { findClerkByBadge } from '../assist/findClerk';
import type { OrderRequest, PlacedOrder } from '../checkout/placeOrder';
import { liveHoldMachine } from '../numbers/holdActors';

export type { OrderRequest, PlacedOrder };
export type AnalyticsRecord = AnalyticsEvent;

export interface ZoneVisitInput {
  zoneId: string | null;
}

export interface ExperienceVisitInput {
  zoneId: string | null;
  experienceId: string | null;
}

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
  // Checkout code loads with the checkout screens, not with the attract loop.
  placeOrder: fromPromise<PlacedOrder, OrderRequest>(async ({ input }) => {
    const { submitOrder } = await import('../checkout/placeOrder');
    return submitOrder(database, input);
  }),
  /** The store's clerk with this badge, from the kiosk's own list (works offline). */
  findClerk: fromPromise<ClerkBadge | null, { badge: string }>(({ input }) =>
    findClerkByBadge(database, input.badge),
  ),
  recordAnalytics: fromPromise<void, AnalyticsRecord>(({ input }) => recordAnalyticsEvent(input)),
  /** The customer's number, held on the server (or locally) while the visit lasts. */
  numberHold: liveHoldMachine,
  /** A zone on screen counts one view, when it opens. */
  zoneVisit: fromCallback<EventObject, ZoneVisitInput>(({ input }) => {
    void recordAnalyticsEvent({
      name: 'zone.viewed',
      zoneId: input.zoneId,
      experienceId: null,
      detail: null,
    });
    return undefined;
  }),
  /** Started when the experience opens, finished (with its seconds) however it closes. */
  experienceVisit: fromCallback<EventObject, ExperienceVisitInput>(({ input }) => {
    const startedAt = Date.now();
    const { zoneId, experienceId } = input;
    void recordAnalyticsEvent({ name: 'experience.started', zoneId, experienceId, detail: null });
    return () => {
      const seconds = Math.round((Date.now() - startedAt) / 1000);
      void recordAnalyticsEvent({
        name: 'experience.finished',
        zoneId,
        experienceId,
        detail: `${seconds}s`,
      });
    };
  }),
};
