import { useState } from 'react';
import type { CommissionCondition, CommissionRule, Language, User } from '../../shared';
import { listRules } from '../api/commission';
import { useRemote } from '../api/useRemote';
import { storeTypeKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import type { Translate } from '../i18n/messages';
import { formatStoreTime } from '../orders/store-time';
import { RemoteStatus } from '../shell/RemoteStatus';
import { EndRuleDialog } from './EndRuleDialog';
import { NewRuleDialog } from './NewRuleDialog';
import { formatSignedMoney } from './commission-format';
import { ruleState } from './rule-form';

const stateKey = {
  upcoming: 'commission.rules.state.upcoming',
  inForce: 'commission.rules.state.inForce',
  ended: 'commission.rules.state.ended',
} as const;

function describeCondition(condition: CommissionCondition, t: Translate, language: Language) {
  const money = (fen: number) => formatSignedMoney(fen, language);
  switch (condition.kind) {
    case 'per_activation':
      return t('commission.rules.kind.per_activation');
    case 'plan_tier':
      return condition.maxMonthlyFeeFen === null
        ? t('commission.rules.kind.plan_tier_open', { min: money(condition.minMonthlyFeeFen) })
        : t('commission.rules.kind.plan_tier', {
            min: money(condition.minMonthlyFeeFen),
            max: money(condition.maxMonthlyFeeFen),
          });
    case 'handset':
      return t('commission.rules.kind.handset', { id: condition.handsetId });
    case 'number_tier':
      return t('commission.rules.kind.number_tier', { id: condition.tierId });
    case 'store_type':
      return t('commission.rules.kind.store_type', { type: t(storeTypeKey[condition.storeType]) });
  }
}

/**
 * The rules: HQ sees every one (ended ones too), writes new ones and ends them; a manager or
 * clerk reads the rules in force and those to come. A rule is never edited.
 */
export function RulesPanel({ user, onUnauthorized }: { user: User; onUnauthorized: () => void }) {
  const { t, language } = useText();
  const [revision, setRevision] = useState(0);
  const { state, refresh } = useRemote(String(revision), listRules, onUnauthorized);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<CommissionRule | null>(null);
  const isHq = user.role === 'hq';
  const now = Date.now();
  const changed = () => {
    setAdding(false);
    setEnding(null);
    setRevision((count) => count + 1);
  };
  return (
    <article className="panel">
      <div className="panel__header">
        <div>
          <h2 className="panel__title">{t('commission.rules.title')}</h2>
          <p className="panel__hint">
            {t(isHq ? 'commission.rules.hintHq' : 'commission.rules.hintStaff')}
          </p>
        </div>
        {isHq && (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('commission.rules.add')}
          </button>
        )}
      </div>
      <RemoteStatus
        state={state}
        loadingKey="commission.loading"
        failedKey="commission.loadFailed"
        onRetry={refresh}
      />
      {state.status === 'ready' && (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('commission.rules.title')}>
            <thead>
              <tr>
                <th scope="col">{t('commission.rules.column.name')}</th>
                <th scope="col">{t('commission.rules.column.condition')}</th>
                <th scope="col" className="data-table__number">
                  {t('commission.column.amount')}
                </th>
                <th scope="col">{t('commission.rules.column.validity')}</th>
                <th scope="col" className="data-table__number">
                  {t('commission.rules.column.clawback')}
                </th>
                <th scope="col">{t('commission.rules.column.state')}</th>
                {isHq && (
                  <th scope="col">
                    <span className="commission-hidden">{t('commission.rules.end')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {state.value.map((rule) => {
                const status = ruleState(rule, now);
                return (
                  <tr key={rule.id}>
                    <th scope="row">
                      {rule.name[language]}
                      <span className="commission-table__plan mono">{rule.id}</span>
                    </th>
                    <td>{describeCondition(rule.condition, t, language)}</td>
                    <td className="data-table__number">
                      {formatSignedMoney(rule.amountFen, language)}
                    </td>
                    <td className="commission-table__date">
                      {formatStoreTime(rule.validFrom, language)} –{' '}
                      {rule.validTo === null
                        ? t('commission.rules.open')
                        : formatStoreTime(rule.validTo, language)}
                    </td>
                    <td className="data-table__number">
                      {rule.clawbackDays > 0
                        ? t('commission.rules.days', { days: rule.clawbackDays })
                        : t('common.none')}
                    </td>
                    <td>
                      <span className={`badge badge--rule-${status}`}>{t(stateKey[status])}</span>
                    </td>
                    {isHq && (
                      <td>
                        {status !== 'ended' && (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('commission.rules.endLabel', {
                              name: rule.name[language],
                            })}
                            onClick={() => setEnding(rule)}
                          >
                            {t('commission.rules.end')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {adding && (
        <NewRuleDialog
          onClose={() => setAdding(false)}
          onSaved={changed}
          onUnauthorized={onUnauthorized}
        />
      )}
      {ending && (
        <EndRuleDialog
          rule={ending}
          onClose={() => setEnding(null)}
          onSaved={changed}
          onUnauthorized={onUnauthorized}
        />
      )}
    </article>
  );
}
