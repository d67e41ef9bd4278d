import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { useSessionSelector } from '../session/SessionContext';
import type { HoldContext, HoldMachine } from './holdMachine';

export type HoldStatus = 'free' | 'taking' | 'server' | 'local' | 'refused';

export interface NumberHoldView {
  status: HoldStatus;
  refused: HoldContext['refused'];
}

/** What the hold machine (a child of the session) says about the customer's number. */
export function useNumberHold(): NumberHoldView {
  const hold = useSessionSelector(
    (snapshot) => snapshot.children.numberHold as ActorRefFrom<HoldMachine> | undefined,
  );
  return useSelector(
    hold,
    (snapshot): NumberHoldView => {
      if (!snapshot || snapshot.matches('free')) return { status: 'free', refused: null };
      if (snapshot.matches('taking')) return { status: 'taking', refused: null };
      if (snapshot.matches('refused')) {
        return { status: 'refused', refused: snapshot.context.refused };
      }
      return { status: snapshot.context.lease ?? 'local', refused: null };
    },
    (a, b) => a.status === b.status && a.refused?.number === b.refused?.number,
  );
}
