import { useState } from 'react';
import type { NumberTier, TierRules, TierRulesDocument } from '../../shared';
import { describeError } from '../api/describe-error';
import { getTierRules, saveTierRules } from '../api/numbers';
import { useRemote } from '../api/useRemote';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import type { ShellContext } from '../shell/Shell';
import { ConditionsEditor } from './ConditionsEditor';
import {
  applyTierPrices,
  tierPriceDrafts,
  type TierAmountField,
  type TierPriceDraft,
} from './tier-prices';

export function TierRulesPanel({ user, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const { state, refresh } = useRemote<TierRulesDocument>(
    'tier-rules',
    getTierRules,
    onUnauthorized,
  );
  // Kept here: saving reloads the rules, and the table below is rebuilt from them.
  const [saved, setSaved] = useState<number | null>(null);

  return (
    <article className="panel">
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{t('numbers.tiers.title')}</h2>
          <p className="panel__hint">
            {user.role === 'hq' ? t('numbers.tiers.hint') : t('numbers.tiers.readOnly')}
          </p>
        </div>
        {state.status === 'ready' && state.value.updatedAt !== null && (
          <span className="muted">
            {t('numbers.tiers.updated', {
              time: formatStoreTime(state.value.updatedAt, language),
            })}
          </span>
        )}
      </header>
      {state.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('numbers.tiers.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('numbers.tiers.loadFailed', { reason: describeError(state.error, t) })}
        </p>
      )}
      {state.status === 'ready' && (
        <TierTable
          key={state.loadedAt}
          rules={state.value.rules}
          editable={user.role === 'hq'}
          onEdited={() => setSaved(null)}
          onSaved={(repriced) => {
            setSaved(repriced);
            refresh();
          }}
        />
      )}
      {saved !== null && (
        <p className="notice notice--info" role="status">
          {t('numbers.tiers.saved', { count: saved })}
        </p>
      )}
    </article>
  );
}

function TierTable({
  rules,
  editable,
  onEdited,
  onSaved,
}: {
  rules: TierRules;
  editable: boolean;
  onEdited: () => void;
  onSaved: (repriced: number) => void;
}) {
  const { t, language } = useText();
  const [drafts, setDrafts] = useState<TierPriceDraft[]>(() => tierPriceDrafts(rules));
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (index: number, update: (draft: TierPriceDraft) => TierPriceDraft) => {
    setDrafts((current) => current.map((draft, i) => (i === index ? update(draft) : draft)));
    setFailure(null);
    onEdited();
  };
  const edit = (index: number, field: TierAmountField, value: string) =>
    change(index, (draft) => ({ ...draft, [field]: value }));

  const save = async () => {
    const next = applyTierPrices(rules, drafts);
    if (!next) {
      setFailure(t('numbers.tiers.invalid'));
      return;
    }
    setSaving(true);
    const result = await saveTierRules(next);
    setSaving(false);
    if (!result.ok) {
      const reason = describeError(result.error, t);
      setFailure(t('numbers.tiers.failed', { reason }));
      return;
    }
    onSaved(result.value.repriced);
  };

  const patternsOf = (tier: NumberTier) =>
    tier.matchAny.length === 0
      ? t('numbers.tiers.everyNumber')
      : tier.matchAny
          .map((condition) =>
            condition.minStrength > 0
              ? t('numbers.tiers.atLeast', {
                  pattern: t(`pattern.${condition.kind}`),
                  strength: condition.minStrength,
                })
              : t(`pattern.${condition.kind}`),
          )
          .join(' · ');

  const amountCell = (index: number, field: TierAmountField, label: string) => (
    <td className="data-table__number">
      {editable ? (
        <input
          className="field__input tier-amount"
          inputMode="decimal"
          aria-label={label}
          value={drafts[index]![field]}
          onChange={(event) => edit(index, field, event.target.value)}
        />
      ) : (
        drafts[index]![field]
      )}
    </td>
  );

  return (
    <>
      <div className="table-scroll">
        <table className="data-table" aria-label={t('numbers.tiers.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('numbers.tiers.column.tier')}</th>
              <th scope="col">{t('numbers.tiers.column.patterns')}</th>
              <th scope="col" className="data-table__number">
                {t('numbers.tiers.column.price')}
              </th>
              <th scope="col" className="data-table__number">
                {t('numbers.tiers.column.deposit')}
              </th>
              <th scope="col" className="data-table__number">
                {t('numbers.tiers.column.minPlan')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.tiers.map((tier, index) => {
              const name = tier.name[language];
              return (
                <tr key={tier.id}>
                  <th scope="row">{name}</th>
                  <td className="tier-patterns">
                    {editable && index < rules.tiers.length - 1 ? (
                      <ConditionsEditor
                        tierName={name}
                        conditions={drafts[index]!.conditions}
                        onChange={(conditions) =>
                          change(index, (draft) => ({ ...draft, conditions }))
                        }
                      />
                    ) : (
                      patternsOf(tier)
                    )}
                  </td>
                  {amountCell(index, 'price', `${name} ${t('numbers.tiers.column.price')}`)}
                  {amountCell(index, 'deposit', `${name} ${t('numbers.tiers.column.deposit')}`)}
                  {amountCell(index, 'minPlan', `${name} ${t('numbers.tiers.column.minPlan')}`)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable && (
        <div className="panel__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={saving}
            onClick={() => void save()}
          >
            {saving ? t('numbers.tiers.saving') : t('numbers.tiers.save')}
          </button>
        </div>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
