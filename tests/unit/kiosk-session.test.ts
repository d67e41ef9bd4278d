import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { orderConsentVersion, type ClerkBadge, type PricedCart } from '../../shared';
import type { OrderRequest, PlacedOrder } from '../../kiosk/checkout/placeOrder';
import {
  idleTimeoutMs,
  idleWarningMs,
  initialSessionContext,
  sessionMachine,
} from '../../kiosk/session/sessionMachine';

const pricing: PricedCart = {
  lines: [{ kind: 'handset', refId: 'h1', unitFen: 199_900, quantity: 1 }],
  totalFen: 199_900,
};
/** The kiosk's clock when the customer ticks the consent in these tests. */
const consentAt = 1_764_000_000_000;
const validCustomer = { name: '张三', idNumber: '11010519491231002X', phone: '13012345678' };
const clerks: ClerkBadge[] = [
  { id: 'c-1', storeId: 'store-1', badge: '1024', displayName: '王芳' },
];
const giftBox = {
  id: 'bundle-1',
  handsetId: 'h-box',
  planId: 'plan-box',
  serviceIds: ['svc-ringback', 'svc-mail'],
};

function startSession(placeOrder?: (request: OrderRequest) => Promise<PlacedOrder>) {
  const clock = new SimulatedClock();
  const requests: OrderRequest[] = [];
  const machine = sessionMachine.provide({
    actors: {
      watchActivity: fromCallback(() => undefined),
      recordAnalytics: fromPromise(async (): Promise<void> => {}),
      zoneVisit: fromCallback(() => undefined),
      experienceVisit: fromCallback(() => undefined),
      findClerk: fromPromise<ClerkBadge | null, { badge: string }>(
        async ({ input }) => clerks.find((clerk) => clerk.badge === input.badge) ?? null,
      ),
      placeOrder: fromPromise<PlacedOrder, OrderRequest>(async ({ input }) => {
        requests.push(input);
        if (placeOrder) return placeOrder(input);
        return { orderId: 'o-1', ticket: 'K7QD-2M4P', totalFen: input.pricing.totalFen };
      }),
    },
  });
  const actor = createActor(machine, { clock }).start();
  return { actor, clock, requests };
}

function fillOrderForm(actor: ReturnType<typeof startSession>['actor']) {
  actor.send({ type: 'session.started' });
  actor.send({ type: 'zone.chosen', zoneId: 'zone-business' });
  actor.send({ type: 'handsets.browsed' });
  actor.send({ type: 'handset.opened', handsetId: 'h1', colour: 'Black' });
  actor.send({ type: 'order.started' });
  for (const [field, value] of Object.entries(validCustomer)) {
    actor.send({ type: 'customer.changed', field: field as 'name', value });
  }
  actor.send({ type: 'consent.changed', consent: true, at: consentAt });
}

describe('session machine', () => {
  it('waits in the attract loop until a tap starts a session at home', () => {
    const { actor } = startSession();
    expect(actor.getSnapshot().value).toBe('attract');
    actor.send({ type: 'session.started' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'home' } })).toBe(true);
  });

  it('asks "still there?" after 60 s idle, then forgets everything and returns to attract', () => {
    const { actor, clock } = startSession();
    fillOrderForm(actor);
    actor.send({ type: 'language.chosen', language: 'en' });
    expect(actor.getSnapshot().context.customer.name).toBe('张三');

    clock.increment(idleTimeoutMs - 1);
    expect(actor.getSnapshot().matches({ visiting: { attention: 'present' } })).toBe(true);
    clock.increment(1);
    expect(actor.getSnapshot().matches({ visiting: { attention: 'checking' } })).toBe(true);
    expect(actor.getSnapshot().matches({ visiting: { flow: 'order' } })).toBe(true);

    clock.increment(idleWarningMs);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('attract');
    expect(snapshot.context).toEqual(initialSessionContext);
    expect(snapshot.context.language).toBe('zh');
  });

  it('keeps the session while the customer keeps touching the screen', () => {
    const { actor, clock } = startSession();
    actor.send({ type: 'session.started' });
    for (let i = 0; i < 5; i++) {
      clock.increment(idleTimeoutMs - 1_000);
      actor.send({ type: 'user.active' });
    }
    expect(actor.getSnapshot().matches({ visiting: { attention: 'present' } })).toBe(true);
  });

  it('continues the session when the customer answers the idle warning', () => {
    const { actor, clock } = startSession();
    actor.send({ type: 'session.started' });
    actor.send({ type: 'zone.chosen', zoneId: 'zone-travel' });
    clock.increment(idleTimeoutMs);
    actor.send({ type: 'session.continued' });
    clock.increment(idleWarningMs);
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ visiting: { flow: 'zone', attention: 'present' } })).toBe(true);
    expect(snapshot.context.zoneId).toBe('zone-travel');
  });

  it('goes back one step at a time and home from anywhere', () => {
    const { actor } = startSession();
    fillOrderForm(actor);
    actor.send({ type: 'order.reviewed' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'review' } })).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'order' } })).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'handsets' } })).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'zone' } })).toBe(true);
    actor.send({ type: 'handsets.browsed' });
    actor.send({ type: 'handset.opened', handsetId: 'h1', colour: null });
    actor.send({ type: 'order.started' });
    actor.send({ type: 'customer.changed', field: 'name', value: '李四' });
    actor.send({ type: 'nav.home' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ visiting: { flow: 'home' } })).toBe(true);
    expect(snapshot.context.customer.name).toBe('');
    expect(snapshot.context.handsetId).toBeNull();
  });

  it('refuses to review until the customer details are valid and consent is given', () => {
    const { actor } = startSession();
    fillOrderForm(actor);
    actor.send({ type: 'customer.changed', field: 'idNumber', value: '110105194912310021' });
    actor.send({ type: 'order.reviewed' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'order' } })).toBe(true);
    expect(actor.getSnapshot().context.showErrors).toBe(true);

    actor.send({ type: 'customer.changed', field: 'idNumber', value: validCustomer.idNumber });
    actor.send({ type: 'consent.changed', consent: false, at: consentAt + 1_000 });
    actor.send({ type: 'order.reviewed' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'order' } })).toBe(true);
  });

  it('records which consent text was ticked and when, and forgets it when the box is cleared', () => {
    const { actor } = startSession();
    fillOrderForm(actor);
    expect(actor.getSnapshot().context.consent).toEqual({
      textVersion: orderConsentVersion,
      givenAt: consentAt,
    });
    actor.send({ type: 'consent.changed', consent: false, at: consentAt + 5_000 });
    expect(actor.getSnapshot().context.consent).toBeNull();
    actor.send({ type: 'consent.changed', consent: true, at: consentAt + 9_000 });
    expect(actor.getSnapshot().context.consent?.givenAt).toBe(consentAt + 9_000);
    actor.send({ type: 'nav.home' });
    expect(actor.getSnapshot().context.consent).toBeNull();
  });

  it('places the order through the provided actor and shows the ticket without the customer', async () => {
    const { actor, requests } = startSession();
    fillOrderForm(actor);
    actor.send({ type: 'plan.chosen', planId: 'plan-2' });
    actor.send({ type: 'order.reviewed' });
    actor.send({ type: 'order.confirmed', pricing });
    const snapshot = await waitFor(actor, (s) => s.matches({ visiting: { flow: 'confirmation' } }));
    expect(requests).toEqual([
      {
        handsetId: 'h1',
        colour: 'Black',
        planId: 'plan-2',
        number: null,
        bundleId: null,
        serviceIds: [],
        clerkBadge: null,
        zoneId: null,
        customer: validCustomer,
        consent: { textVersion: orderConsentVersion, givenAt: consentAt },
        pricing,
      },
    ]);
    expect(snapshot.context.placed).toEqual({
      orderId: 'o-1',
      ticket: 'K7QD-2M4P',
      totalFen: 199_900,
    });
    expect(snapshot.context.customer).toEqual({ name: '', idNumber: '', phone: '' });
    actor.send({ type: 'session.ended' });
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context.placed).toBeNull();
  });

  it('returns to review with the reason when placing the order fails', async () => {
    const { actor } = startSession(async () => {
      const error = new Error('changed');
      error.name = 'PricesChangedError';
      throw error;
    });
    fillOrderForm(actor);
    actor.send({ type: 'order.reviewed' });
    actor.send({ type: 'order.confirmed', pricing });
    const snapshot = await waitFor(actor, (s) => s.context.submitError !== null);
    expect(snapshot.matches({ visiting: { flow: 'review' } })).toBe(true);
    expect(snapshot.context.submitError).toBe('pricesChanged');
    expect(snapshot.context.customer.name).toBe('张三');
  });
});

describe('session: compare, gift boxes, services and the helping clerk', () => {
  const flow = (actor: ReturnType<typeof startSession>['actor']) =>
    (actor.getSnapshot().value as { visiting: { flow: unknown } }).visiting.flow;

  function chooseGiftBox(actor: ReturnType<typeof startSession>['actor']) {
    actor.send({ type: 'session.started' });
    actor.send({ type: 'bundles.browsed' });
    actor.send({ type: 'bundle.chosen', bundle: giftBox, colour: 'Black' });
  }

  it('compares up to three handsets and orders the one chosen', () => {
    const { actor } = startSession();
    actor.send({ type: 'session.started' });
    actor.send({ type: 'handsets.browsed' });
    actor.send({ type: 'compare.toggled', handsetId: 'a' });
    actor.send({ type: 'compare.opened' });
    expect(flow(actor)).toBe('handsets'); // one handset is nothing to compare
    for (const id of ['b', 'c', 'd']) actor.send({ type: 'compare.toggled', handsetId: id });
    expect(actor.getSnapshot().context.compared).toEqual(['a', 'b', 'c']);
    actor.send({ type: 'compare.opened' });
    expect(flow(actor)).toBe('compare');
    actor.send({ type: 'handset.chosen', handsetId: 'b', colour: null });
    expect(flow(actor)).toBe('order');
    expect(actor.getSnapshot().context).toMatchObject({
      handsetId: 'b',
      compared: ['a', 'b', 'c'],
    });
  });

  it('fills the cart from a gift box: its handset, its plan and its services', () => {
    const { actor } = startSession();
    chooseGiftBox(actor);
    expect(flow(actor)).toBe('order');
    expect(actor.getSnapshot().context).toMatchObject({
      handsetId: 'h-box',
      colour: 'Black',
      planId: 'plan-box',
      serviceIds: ['svc-ringback', 'svc-mail'],
      bundle: giftBox,
    });
  });

  it("keeps the gift box's services and plan while the box is chosen, and frees them without it", () => {
    const { actor } = startSession();
    chooseGiftBox(actor);
    actor.send({ type: 'service.toggled', serviceId: 'svc-ringback' });
    actor.send({ type: 'service.toggled', serviceId: 'svc-bank' });
    actor.send({ type: 'plan.chosen', planId: 'plan-other' });
    expect(actor.getSnapshot().context).toMatchObject({
      planId: 'plan-box',
      serviceIds: ['svc-ringback', 'svc-mail', 'svc-bank'],
    });
    actor.send({ type: 'bundle.removed' });
    actor.send({ type: 'plan.chosen', planId: 'plan-other' });
    expect(actor.getSnapshot().context).toMatchObject({
      bundle: null,
      handsetId: 'h-box',
      planId: 'plan-other',
      serviceIds: ['svc-bank'],
    });
  });

  it('drops the gift box when its handset leaves the cart', () => {
    const { actor } = startSession();
    chooseGiftBox(actor);
    actor.send({ type: 'nav.back' });
    expect(flow(actor)).toBe('bundles');
    actor.send({ type: 'nav.back' });
    expect(flow(actor)).toBe('home');
    expect(actor.getSnapshot().context).toMatchObject({ bundle: null, handsetId: null });

    actor.send({ type: 'handsets.browsed' });
    actor.send({ type: 'bundles.browsed' });
    actor.send({ type: 'bundle.chosen', bundle: giftBox, colour: null });
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(flow(actor)).toBe('handsets');
    actor.send({ type: 'handset.opened', handsetId: 'h-box', colour: null });
    expect(actor.getSnapshot().context.bundle).toEqual(giftBox);
    actor.send({ type: 'handset.opened', handsetId: 'h-other', colour: null });
    expect(actor.getSnapshot().context).toMatchObject({ bundle: null, serviceIds: [] });
  });

  it('attaches a clerk by badge, refuses an unknown badge and lets the clerk go', async () => {
    const { actor } = startSession();
    fillOrderForm(actor);
    actor.send({ type: 'clerk.badgeEntered', badge: '9999' });
    let snapshot = await waitFor(actor, (s) => s.context.clerkProblem !== null);
    expect(snapshot.context).toMatchObject({ clerk: null, clerkProblem: 'unknownBadge' });
    actor.send({ type: 'clerk.badgeEntered', badge: '1024' });
    snapshot = await waitFor(actor, (s) => s.context.clerk !== null);
    expect(snapshot.context).toMatchObject({
      clerk: { badge: '1024', displayName: '王芳' },
      clerkProblem: null,
    });
    actor.send({ type: 'clerk.removed' });
    expect(actor.getSnapshot().context.clerk).toBeNull();
  });

  it('places the order with the gift box, services and clerk badge', async () => {
    const { actor, requests } = startSession();
    chooseGiftBox(actor);
    actor.send({ type: 'clerk.badgeEntered', badge: '1024' });
    await waitFor(actor, (s) => s.context.clerk !== null);
    for (const [field, value] of Object.entries(validCustomer)) {
      actor.send({ type: 'customer.changed', field: field as 'name', value });
    }
    actor.send({ type: 'consent.changed', consent: true, at: consentAt });
    actor.send({ type: 'order.reviewed' });
    actor.send({ type: 'order.confirmed', pricing });
    await waitFor(actor, (s) => s.matches({ visiting: { flow: 'confirmation' } }));
    expect(requests[0]).toMatchObject({
      handsetId: 'h-box',
      planId: 'plan-box',
      bundleId: 'bundle-1',
      serviceIds: ['svc-ringback', 'svc-mail'],
      clerkBadge: '1024',
    });
  });

  it('credits the zone whose offer led to the order, and no zone otherwise', async () => {
    const { actor, requests } = startSession();
    actor.send({ type: 'session.started' });
    actor.send({ type: 'zone.chosen', zoneId: 'zone-business' });
    actor.send({ type: 'experience.opened', experienceId: 'x-1' });
    actor.send({ type: 'offer.taken', handsetId: 'h1', planId: null, colour: null });
    for (const [field, value] of Object.entries(validCustomer)) {
      actor.send({ type: 'customer.changed', field: field as 'name', value });
    }
    actor.send({ type: 'consent.changed', consent: true, at: consentAt });
    actor.send({ type: 'order.reviewed' });
    actor.send({ type: 'order.confirmed', pricing });
    await waitFor(actor, (s) => s.matches({ visiting: { flow: 'confirmation' } }));
    expect(requests[0]?.zoneId).toBe('zone-business');
  });

  it('forgets the clerk, services, gift box, compare list and plan answers when the session ends', async () => {
    const { actor, clock } = startSession();
    chooseGiftBox(actor);
    actor.send({ type: 'service.toggled', serviceId: 'svc-bank' });
    actor.send({ type: 'planHelper.opened' });
    expect(flow(actor)).toBe('planHelper');
    actor.send({ type: 'usage.answered', question: 'data', level: 'heavy' });
    expect(actor.getSnapshot().context.usage).toEqual({ data: 'heavy' });
    actor.send({ type: 'clerk.badgeEntered', badge: '1024' });
    await waitFor(actor, (s) => s.context.clerk !== null);
    clock.increment(idleTimeoutMs);
    clock.increment(idleWarningMs);
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context).toEqual(initialSessionContext);
    actor.send({ type: 'session.started' });
    expect(actor.getSnapshot().context).toMatchObject({
      clerk: null,
      serviceIds: [],
      bundle: null,
      compared: [],
      usage: {},
    });
  });
});
