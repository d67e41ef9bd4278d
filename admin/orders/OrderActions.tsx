import { useId, type Dispatch, type ReactNode } from 'react';
import {
  cancelReasonSchema,
  cancelReasonsFor,
  type OrderAction,
  type OrderDetail,
} from '../../shared';
import { describeError } from '../api/describe-error';
import type { OrderStepRequest } from '../api/orders';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney } from './order-format';
import type { MessageKey } from '../i18n/messages';
import {
  availabilityOf,
  canSubmitCancel,
  type OrderStepsEvent,
  type OrderStepsState,
} from './order-steps';

interface OrderActionsProps {
  order: OrderDetail;
  state: OrderStepsState;
  dispatch: Dispatch<OrderStepsEvent>;
  send: (request: OrderStepRequest) => void;
}

const doneKey = {
  confirm: 'orders.life.done.confirm',
  activate: 'orders.life.done.activate',
  cancel: 'orders.life.done.cancel',
} as const satisfies Record<OrderAction, MessageKey>;

/** Confirm (with the ID tick), activate, cancel with a reason: each disabled with its reason. */
export function OrderActions({ order, state, dispatch, send }: OrderActionsProps) {
  const { t, language } = useText();
  const ids = { reason: useId(), note: useId(), why: useId() };
  const confirm = availabilityOf(order, 'confirm', state);
  const activate = availabilityOf(order, 'activate', state);
  const cancel = availabilityOf(order, 'cancel', state);
  const why = (action: OrderAction) => `${ids.why}-${action}`;

  return (
    <section className="order-actions" aria-label={t('orders.life.actions')}>
      {order.status === 'received' && (
        <>
          <Tick
            checked={state.idChecked}
            onChange={(checked) => dispatch({ type: 'idChecked.changed', checked })}
          >
            {t('orders.life.idChecked')}
          </Tick>
          <Tick
            checked={state.paymentTaken}
            onChange={(checked) => dispatch({ type: 'paymentTaken.changed', checked })}
          >
            {t('orders.life.paymentTaken', { amount: formatMoney(order.totalFen, language) })}
          </Tick>
        </>
      )}
      <div className="order-actions__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={!confirm.allowed}
          aria-describedby={confirm.allowed ? undefined : why('confirm')}
          onClick={() => send({ action: 'confirm', idChecked: true, paymentTaken: true })}
        >
          {state.pending === 'confirm' ? t('orders.life.working') : t('orders.life.confirm')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!activate.allowed}
          aria-describedby={activate.allowed ? undefined : why('activate')}
          onClick={() => send({ action: 'activate' })}
        >
          {state.pending === 'activate' ? t('orders.life.working') : t('orders.life.activate')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!cancel.allowed || state.cancelOpen}
          aria-describedby={cancel.allowed ? undefined : why('cancel')}
          aria-expanded={state.cancelOpen}
          onClick={() => dispatch({ type: 'cancel.opened' })}
        >
          {t('orders.life.cancel')}
        </button>
      </div>
      <ul className="order-actions__why">
        {(['confirm', 'activate', 'cancel'] as const).map((action) => {
          const availability = { confirm, activate, cancel }[action];
          // Only the reasons that help: a cancelled order needs one sentence, not three.
          if (availability.allowed || (order.status === 'cancelled' && action !== 'cancel'))
            return null;
          if (order.status === 'activated' && action === 'confirm') return null;
          return (
            <li key={action} id={why(action)}>
              {t(availability.why)}
            </li>
          );
        })}
      </ul>

      {state.cancelOpen && (
        <form
          className="order-actions__cancel"
          onSubmit={(event) => {
            event.preventDefault();
            if (!canSubmitCancel(state) || state.reason === '') return;
            send({ action: 'cancel', reason: state.reason, note: state.note.trim() || undefined });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={ids.reason}>
              {t('orders.life.reason')}
            </label>
            <select
              id={ids.reason}
              className="field__input"
              value={state.reason}
              onChange={(event) =>
                dispatch({
                  type: 'reason.chosen',
                  reason: cancelReasonSchema.safeParse(event.target.value).data ?? '',
                })
              }
            >
              <option value="">{t('orders.life.reasonPick')}</option>
              {cancelReasonsFor(order.status).map((reason) => (
                <option key={reason} value={reason}>
                  {t(`cancelReason.${reason}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.note}>
              {t('orders.life.note')}
            </label>
            <textarea
              id={ids.note}
              className="field__input order-actions__note"
              maxLength={200}
              rows={2}
              value={state.note}
              onChange={(event) => dispatch({ type: 'note.changed', note: event.target.value })}
            />
            {state.reason === 'other' && !canSubmitCancel(state) && (
              <span className="field__hint">{t('orders.life.noteRequired')}</span>
            )}
          </div>
          <div className="order-actions__buttons">
            <button
              type="submit"
              className="button button--danger"
              disabled={!canSubmitCancel(state) || state.pending !== null}
            >
              {state.pending === 'cancel'
                ? t('orders.life.working')
                : t('orders.life.cancelSubmit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => dispatch({ type: 'cancel.closed' })}
            >
              {t('orders.life.cancelKeep')}
            </button>
          </div>
        </form>
      )}

      {state.done && (
        <p className="notice notice--info" role="status">
          {t(doneKey[state.done])}
        </p>
      )}
      {state.error && (
        <p className="notice notice--error" role="alert">
          {state.error.kind === 'outOfStock'
            ? t('orders.life.error.outOfStock')
            : state.error.kind === 'statusChanged'
              ? state.error.status
                ? t('orders.life.error.statusChanged', {
                    status: t(orderStatusKey[state.error.status]),
                  })
                : t('orders.life.error.statusChangedUnknown')
              : t('orders.life.error.other', { reason: describeError(state.error.error, t) })}
        </p>
      )}
    </section>
  );
}

/** One of the clerk's affirmations before confirming (ID checked, payment taken). */
function Tick({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <label className="order-actions__check" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}
