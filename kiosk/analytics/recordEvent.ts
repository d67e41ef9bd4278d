import type { AnalyticsEvent } from '../../shared';
import { enqueueMutation } from '../sync/enqueueMutation';

/**
 * The one door for anonymous interaction events (zone views, experience starts and finishes,
 * "get this" taps): each becomes an `analytics.event` mutation in the outbox, pushed with the
 * orders. Never throws: losing a zone view must never disturb a customer.
 */
export async function recordAnalyticsEvent(event: AnalyticsEvent): Promise<void> {
  try {
    await enqueueMutation('analytics.event', event);
  } catch (error) {
    console.warn(`[analytics] could not queue ${event.name}: ${String(error)}`);
  }
}
