import {
  canApplyAction,
  orderStatusSchema,
  type CancelReason,
  type OrderAction,
  type OrderDetail,
  type OrderStatus,
} from '../../shared';
import type { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/messages';

/**
 * The action panel of one order in the console: the "ID checked" tick, the cancel form, the
 * step in flight and why the last one failed. One step at a time; a new order starts afresh.
 */
export interface OrderStepsState {
  orderId: string | null;
  idChecked: boolean;
  /** The clerk took the order's total at the counter. */
  paymentTaken: boolean;
  cancelOpen: boolean;
  reason: CancelReason | '';
  note: string;
  pending: OrderAction | null;
  error: StepError | null;
  /** The last step that went through, to say so. */
  done: OrderAction | null;
}

export type StepError =
  | { kind: 'outOfStock' }
  | { kind: 'statusChanged'; status: OrderStatus | null }
  | { kind: 'other'; error: ApiError };

export type OrderStepsEvent =
  | { type: 'order.opened'; orderId: string }
  | { type: 'idChecked.changed'; checked: boolean }
  | { type: 'paymentTaken.changed'; checked: boolean }
  | { type: 'cancel.opened' }
  | { type: 'cancel.closed' }
  | { type: 'reason.chosen'; reason: CancelReason | '' }
  | { type: 'note.changed'; note: string }
  | { type: 'step.requested'; action: OrderAction }
  | { type: 'step.succeeded'; action: OrderAction }
  | { type: 'step.failed'; error: ApiError };

export const initialOrderSteps: OrderStepsState = {
  orderId: null,
  idChecked: false,
  paymentTaken: false,
  cancelOpen: false,
  reason: '',
  note: '',
  pending: null,
  error: null,
  done: null,
};

export function orderStepsReducer(state: OrderStepsState, event: OrderStepsEvent): OrderStepsState {
  switch (event.type) {
    case 'order.opened':
      return event.orderId === state.orderId
        ? state
        : { ...initialOrderSteps, orderId: event.orderId };
    case 'idChecked.changed':
      return { ...state, idChecked: event.checked, error: null };
    case 'paymentTaken.changed':
      return { ...state, paymentTaken: event.checked, error: null };
    case 'cancel.opened':
      return { ...state, cancelOpen: true, error: null, done: null };
    case 'cancel.closed':
      return { ...state, cancelOpen: false, reason: '', note: '' };
    case 'reason.chosen':
      return { ...state, reason: event.reason };
    case 'note.changed':
      return { ...state, note: event.note };
    case 'step.requested':
      // A second click while one step is in flight does nothing.
      if (state.pending) return state;
      return { ...state, pending: event.action, error: null, done: null };
    case 'step.succeeded':
      return {
        ...initialOrderSteps,
        orderId: state.orderId,
        done: event.action,
      };
    case 'step.failed':
      return { ...state, pending: null, error: stepErrorOf(event.error) };
  }
}

/** The server's 409s get their own sentence; anything else is described as usual. */
export function stepErrorOf(error: ApiError): StepError {
  if (error.status === 409 && error.code === 'out_of_stock') return { kind: 'outOfStock' };
  if (error.status === 409 && error.code === 'order_status_changed') {
    const status = orderStatusSchema.safeParse(error.fields.status?.[0]);
    return { kind: 'statusChanged', status: status.success ? status.data : null };
  }
  return { kind: 'other', error };
}

/** Whether a button may be pressed now, and if not, the sentence that says why. */
export type Availability = { allowed: true } | { allowed: false; why: MessageKey };

export function availabilityOf(
  order: Pick<OrderDetail, 'status' | 'stockLeft'>,
  action: OrderAction,
  state: Pick<OrderStepsState, 'idChecked' | 'paymentTaken' | 'pending'>,
): Availability {
  if (!canApplyAction(action, order.status)) {
    return { allowed: false, why: notAllowedWhy[action] };
  }
  if (action === 'confirm' && order.stockLeft === 0) {
    return { allowed: false, why: 'orders.life.why.noStock' };
  }
  if (action === 'confirm' && !state.idChecked) {
    return { allowed: false, why: 'orders.life.why.checkId' };
  }
  if (action === 'confirm' && !state.paymentTaken) {
    return { allowed: false, why: 'orders.life.why.takePayment' };
  }
  if (state.pending) return { allowed: false, why: 'orders.life.why.busy' };
  return { allowed: true };
}

const notAllowedWhy = {
  confirm: 'orders.life.why.confirmOnlyReceived',
  activate: 'orders.life.why.activateOnlyConfirmed',
  cancel: 'orders.life.why.alreadyCancelled',
} as const satisfies Record<OrderAction, MessageKey>;

/** The cancel form is complete: a reason, and a note when the reason is "other". */
export function canSubmitCancel(state: Pick<OrderStepsState, 'reason' | 'note'>): boolean {
  if (state.reason === '') return false;
  return state.reason !== 'other' || state.note.trim().length > 0;
}
