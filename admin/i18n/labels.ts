import type { ClockSuspicion, OrderStatus, Role, StoreType } from '../../shared';
import type { MessageKey } from './zh';

/** Message keys of the contract's enums, so a new enum value fails tsc until it has words. */
export const roleKey = {
  hq: 'role.hq',
  manager: 'role.manager',
  clerk: 'role.clerk',
} as const satisfies Record<Role, MessageKey>;

export const orderStatusKey = {
  received: 'status.received',
  confirmed: 'status.confirmed',
  activated: 'status.activated',
  cancelled: 'status.cancelled',
} as const satisfies Record<OrderStatus, MessageKey>;

export const storeTypeKey = {
  own: 'store.type.own',
  partner: 'store.type.partner',
} as const satisfies Record<StoreType, MessageKey>;

export const clockSuspicionKey = {
  future: 'orders.clockSuspect.future',
  distant_past: 'orders.clockSuspect.distant_past',
  clock_offset: 'orders.clockSuspect.clock_offset',
} as const satisfies Record<ClockSuspicion, MessageKey>;
