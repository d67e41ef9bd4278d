import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock } from 'xstate';
import type { AnalyticsEvent } from '../../shared';
import type {
  ExperienceVisitInput,
  OrderRequest,
  PlacedOrder,
  ZoneVisitInput,
} from '../../kiosk/session/sessionActors';
import {
  idleTimeoutMs,
  idleWarningMs,
  initialSessionContext,
  sessionMachine,
} from '../../kiosk/session/sessionMachine';
import { selectScreen } from '../../kiosk/session/selectors';

/** The session with its effects swapped for recorders: what it would have sent, in order. */
function startSession() {
  const clock = new SimulatedClock();
  const recorded: string[] = [];
  const note = (event: Pick<AnalyticsEvent, 'name' | 'zoneId' | 'experienceId' | 'detail'>) =>
    recorded.push(
      [event.name, event.zoneId ?? '-', event.experienceId ?? '-', event.detail ?? '-'].join(' '),
    );
  const machine = sessionMachine.provide({
    actors: {
      watchActivity: fromCallback(() => undefined),
      placeOrder: fromPromise<PlacedOrder, OrderRequest>(async () => ({
        orderId: 'o-1',
        ticket: 'K7QD-2M4P',
        totalFen: 1,
      })),
      recordAnalytics: fromPromise<void, AnalyticsEvent>(async ({ input }) => {
        note(input);
      }),
      zoneVisit: fromCallback<{ type: string }, ZoneVisitInput>(({ input }) => {
        note({ name: 'zone.viewed', zoneId: input.zoneId, experienceId: null, detail: null });
        return undefined;
      }),
      experienceVisit: fromCallback<{ type: string }, ExperienceVisitInput>(({ input }) => {
        note({ name: 'experience.started', ...input, detail: null });
        return () => note({ name: 'experience.finished', ...input, detail: null });
      }),
    },
  });
  const actor = createActor(machine, { clock }).start();
  const screen = () => selectScreen(actor.getSnapshot());
  return { actor, clock, recorded, screen };
}

function openStocks(actor: ReturnType<typeof startSession>['actor']) {
  actor.send({ type: 'session.started' });
  actor.send({ type: 'zone.chosen', zoneId: 'zone-business' });
  actor.send({ type: 'experience.opened', experienceId: 'exp-business-stocks' });
}

describe('session machine: zones and experiences', () => {
  it('opens an experience from its zone and goes back to the zone, then home', () => {
    const { actor, screen } = startSession();
    openStocks(actor);
    expect(screen()).toBe('experience');
    expect(actor.getSnapshot().context.experienceId).toBe('exp-business-stocks');

    actor.send({ type: 'nav.back' });
    expect(screen()).toBe('zone');
    expect(actor.getSnapshot().context.experienceId).toBeNull();
    expect(actor.getSnapshot().context.zoneId).toBe('zone-business');

    actor.send({ type: 'nav.back' });
    expect(screen()).toBe('home');
    expect(actor.getSnapshot().context.zoneId).toBeNull();
  });

  it('goes home from inside an experience in one tap', () => {
    const { actor, screen } = startSession();
    openStocks(actor);
    actor.send({ type: 'nav.home' });
    expect(screen()).toBe('home');
    expect(actor.getSnapshot().context).toMatchObject({ zoneId: null, experienceId: null });
  });

  it('takes "get this" straight to the order with the handset and plan chosen', () => {
    const { actor, screen } = startSession();
    openStocks(actor);
    actor.send({ type: 'offer.taken', handsetId: 'h-9', planId: 'biz-186', colour: 'Black' });
    expect(screen()).toBe('order');
    expect(actor.getSnapshot().context).toMatchObject({
      handsetId: 'h-9',
      planId: 'biz-186',
      colour: 'Black',
      experienceId: 'exp-business-stocks',
    });
  });

  it('goes back from an order started in an experience to that experience, forgetting the order', () => {
    const { actor, screen } = startSession();
    openStocks(actor);
    actor.send({ type: 'offer.taken', handsetId: 'h-9', planId: 'biz-186', colour: null });
    actor.send({ type: 'customer.changed', field: 'name', value: '张三' });
    actor.send({ type: 'nav.back' });
    expect(screen()).toBe('experience');
    expect(actor.getSnapshot().context).toMatchObject({
      experienceId: 'exp-business-stocks',
      handsetId: null,
      planId: null,
      customer: { name: '', idNumber: '', phone: '' },
    });
  });

  it('goes back from an order started in the catalogue to the catalogue', () => {
    const { actor, screen } = startSession();
    openStocks(actor);
    actor.send({ type: 'handsets.browsed' });
    expect(actor.getSnapshot().context.experienceId).toBeNull();
    actor.send({ type: 'handset.opened', handsetId: 'h-1', colour: null });
    actor.send({ type: 'order.started' });
    actor.send({ type: 'nav.back' });
    expect(screen()).toBe('handsets');
  });

  it('records a zone view, the start and finish of an experience, and the "get this" tap', async () => {
    const { actor, recorded } = startSession();
    openStocks(actor);
    actor.send({ type: 'experience.closed' });
    actor.send({ type: 'experience.opened', experienceId: 'exp-business-video-call' });
    actor.send({ type: 'offer.taken', handsetId: 'h-9', planId: null, colour: null });
    await Promise.resolve(); // the tap is recorded by a spawned promise actor
    expect(recorded).toEqual([
      'zone.viewed zone-business - -',
      'experience.started zone-business exp-business-stocks -',
      'experience.finished zone-business exp-business-stocks -',
      'experience.started zone-business exp-business-video-call -',
      'experience.finished zone-business exp-business-video-call -',
      'getThis.tapped zone-business exp-business-video-call handset:h-9 plan:-',
    ]);
  });

  it('counts a new zone view each time a zone opens, not when an experience closes', () => {
    const { actor, recorded } = startSession();
    openStocks(actor);
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'zone.chosen', zoneId: 'zone-travel' });
    expect(recorded.filter((line) => line.startsWith('zone.viewed'))).toEqual([
      'zone.viewed zone-business - -',
      'zone.viewed zone-travel - -',
    ]);
  });

  it('finishes the experience when the idle timeout ends the session', () => {
    const { actor, clock, recorded, screen } = startSession();
    openStocks(actor);
    clock.increment(idleTimeoutMs);
    expect(screen()).toBe('experience');
    clock.increment(idleWarningMs);
    expect(screen()).toBe('attract');
    expect(recorded.at(-1)).toBe('experience.finished zone-business exp-business-stocks -');
  });

  it('switches language inside an experience without losing the session', () => {
    const { actor, screen } = startSession();
    openStocks(actor);
    actor.send({ type: 'language.chosen', language: 'en' });
    expect(screen()).toBe('experience');
    expect(actor.getSnapshot().context).toMatchObject({
      language: 'en',
      zoneId: 'zone-business',
      experienceId: 'exp-business-stocks',
    });
  });

  it('keeps the accessibility options for the visit and drops them with everything else', () => {
    const { actor, clock } = startSession();
    actor.send({ type: 'session.started' });
    actor.send({ type: 'access.changed', option: 'highContrast', on: true });
    actor.send({ type: 'access.changed', option: 'largeText', on: true });
    actor.send({ type: 'zone.chosen', zoneId: 'zone-life' });
    expect(actor.getSnapshot().context.access).toEqual({ highContrast: true, largeText: true });

    clock.increment(idleTimeoutMs);
    clock.increment(idleWarningMs);
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context).toEqual(initialSessionContext);
  });

  it('ignores accessibility changes in the attract loop, where nobody is using it', () => {
    const { actor } = startSession();
    actor.send({ type: 'access.changed', option: 'largeText', on: true });
    expect(actor.getSnapshot().context.access.largeText).toBe(false);
  });
});
