import { createActorContext } from '@xstate/react';
import { sessionMachine } from './sessionMachine';

/** The customer's session, one per kiosk screen; views read it with useSelector and send events. */
export const Session = createActorContext(sessionMachine);

export const useSessionSelector = Session.useSelector;
export const useSessionSend = () => Session.useActorRef().send;
