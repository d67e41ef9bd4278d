import { describe, expect, it } from 'vitest';
import {
  createActor,
  fromCallback,
  fromPromise,
  SimulatedClock,
  waitFor,
  type SnapshotFrom,
} from 'xstate';
import { numberHoldRenewMs } from '../../shared';
import { holdMachine, type HoldInput, type HoldOutcome } from '../../kiosk/numbers/holdMachine';
import { idleTimeoutMs, idleWarningMs, sessionMachine } from '../../kiosk/session/sessionMachine';

type Answer = (number: string) => HoldOutcome | Promise<HoldOutcome>;

/** The hold machine with a scripted server: every ask and release is recorded. */
function startHold(answer: Answer) {
  const clock = new SimulatedClock();
  const asked: string[] = [];
  const released: string[] = [];
  const actors = {
    takeHold: fromPromise<HoldOutcome, HoldInput>(async ({ input }) => {
      asked.push(input.number);
      return answer(input.number);
    }),
    releaseOnLeave: fromCallback<{ type: 'none' }, HoldInput>(({ input }) => () => {
      released.push(input.number);
    }),
  };
  const actor = createActor(holdMachine.provide({ actors }), { clock }).start();
  return { actor, clock, asked, released, actors };
}

const held: Answer = () => ({ outcome: 'held', expiresAt: 300_000 });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('number hold machine', () => {
  it('takes a server lease when the customer chooses a number', async () => {
    const { actor, asked } = startHold(held);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    expect(actor.getSnapshot().value).toBe('taking');
    await waitFor(actor, (s) => s.matches('held'));
    expect(asked).toEqual(['13012348888']);
    expect(actor.getSnapshot().context).toMatchObject({
      number: '13012348888',
      lease: 'server',
      expiresAt: 300_000,
    });
  });

  it('renews the lease every numberHoldRenewMs while it is held', async () => {
    const { actor, clock, asked } = startHold(held);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('held'));
    for (let renewal = 1; renewal <= 3; renewal++) {
      clock.increment(numberHoldRenewMs - 1);
      expect(asked).toHaveLength(renewal);
      clock.increment(1);
      await waitFor(actor, (s) => s.matches({ held: 'resting' }));
      expect(asked).toHaveLength(renewal + 1);
    }
    expect(asked.every((number) => number === '13012348888')).toBe(true);
  });

  it('holds locally when the server cannot be reached, and takes a lease once it can', async () => {
    let online = false;
    const { actor, clock } = startHold(() =>
      online ? { outcome: 'held', expiresAt: 999 } : { outcome: 'unreachable' },
    );
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('held'));
    expect(actor.getSnapshot().context.lease).toBe('local');

    online = true;
    clock.increment(numberHoldRenewMs);
    await waitFor(actor, (s) => s.context.lease === 'server');
    expect(actor.getSnapshot().context.expiresAt).toBe(999);
  });

  it('holds locally when asking fails outright (a bug of ours must not cost the number)', async () => {
    const { actor } = startHold(() => Promise.reject(new Error('boom')));
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('held'));
    expect(actor.getSnapshot().context.lease).toBe('local');
  });

  it('tells the customer when another kiosk holds the number (409 numberHeld)', async () => {
    const { actor, released } = startHold(() => ({ outcome: 'refused', reason: 'numberHeld' }));
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('refused'));
    expect(actor.getSnapshot().context.refused).toEqual({
      number: '13012348888',
      reason: 'numberHeld',
    });
    expect(actor.getSnapshot().context.lease).toBeNull();
    expect(released).toEqual([]);
  });

  it('loses the number when a renewal is refused, and lets the customer choose another', async () => {
    let sold = false;
    const { actor, clock, released } = startHold((number) =>
      sold && number === '13012348888'
        ? { outcome: 'refused', reason: 'numberUnavailable' }
        : { outcome: 'held', expiresAt: 1 },
    );
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('held'));
    sold = true;
    clock.increment(numberHoldRenewMs);
    await waitFor(actor, (s) => s.matches('refused'));
    expect(actor.getSnapshot().context.refused?.reason).toBe('numberUnavailable');

    actor.send({ type: 'number.chosen', number: '13012346666' });
    await waitFor(actor, (s) => s.matches('held'));
    expect(actor.getSnapshot().context).toMatchObject({ number: '13012346666', refused: null });
    expect(released).toEqual(['13012348888']);
  });

  it('releases the lease when the customer chooses another number or none', async () => {
    const { actor, released } = startHold(held);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('held'));
    actor.send({ type: 'number.chosen', number: '13012348888' });
    expect(released).toEqual([]); // the same number again changes nothing
    actor.send({ type: 'number.chosen', number: '13012346666' });
    expect(released).toEqual(['13012348888']);
    await waitFor(actor, (s) => s.matches('held'));
    actor.send({ type: 'number.chosen', number: null });
    expect(released).toEqual(['13012348888', '13012346666']);
    expect(actor.getSnapshot().value).toBe('free');
    expect(actor.getSnapshot().context.number).toBeNull();
  });

  it('stops renewing once the number is let go', async () => {
    const { actor, clock, asked } = startHold(held);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, (s) => s.matches('held'));
    actor.send({ type: 'number.chosen', number: null });
    clock.increment(numberHoldRenewMs * 5);
    await settle();
    expect(asked).toHaveLength(1);
  });
});

describe('number hold in the session', () => {
  function startSession(answer: Answer) {
    const hold = startHold(answer);
    hold.actor.stop();
    const clock = new SimulatedClock();
    const machine = sessionMachine.provide({
      actors: {
        watchActivity: fromCallback(() => undefined),
        recordAnalytics: fromPromise(async (): Promise<void> => {}),
        zoneVisit: fromCallback(() => undefined),
        experienceVisit: fromCallback(() => undefined),
        numberHold: holdMachine.provide({ actors: hold.actors }),
      },
    });
    const actor = createActor(machine, { clock }).start();
    actor.send({ type: 'session.started' });
    actor.send({ type: 'handsets.browsed' });
    actor.send({ type: 'handset.opened', handsetId: 'h1', colour: null });
    actor.send({ type: 'order.started' });
    return { actor, clock, released: hold.released, asked: hold.asked };
  }

  const holdOf = (actor: ReturnType<typeof startSession>['actor']) =>
    actor.getSnapshot().children.numberHold?.getSnapshot() as
      SnapshotFrom<typeof holdMachine> | undefined;

  it('opens the picker from the order and comes back with the number chosen and held', async () => {
    const { actor, asked } = startSession(held);
    actor.send({ type: 'numbers.browsed' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'numbers' } })).toBe(true);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    expect(actor.getSnapshot().matches({ visiting: { flow: 'order' } })).toBe(true);
    expect(actor.getSnapshot().context.number).toBe('13012348888');
    await waitFor(actor, () => holdOf(actor)?.matches('held') === true);
    expect(asked).toEqual(['13012348888']);
  });

  it('releases the hold and drops the number when the idle reset ends the session', async () => {
    const { actor, clock, released } = startSession(held);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, () => holdOf(actor)?.matches('held') === true);
    clock.increment(idleTimeoutMs);
    clock.increment(idleWarningMs);
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context.number).toBeNull();
    expect(released).toEqual(['13012348888']);
  });

  it('releases the hold when the customer leaves the order for home', async () => {
    const { actor, released } = startSession(held);
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, () => holdOf(actor)?.matches('held') === true);
    actor.send({ type: 'nav.home' });
    expect(actor.getSnapshot().context.number).toBeNull();
    expect(released).toEqual(['13012348888']);
  });

  it('drops the number from the order when the server refuses it', async () => {
    const { actor } = startSession(() => ({ outcome: 'refused', reason: 'numberHeld' }));
    actor.send({ type: 'number.chosen', number: '13012348888' });
    await waitFor(actor, () => holdOf(actor)?.matches('refused') === true);
    expect(actor.getSnapshot().context.number).toBeNull();
  });
});
