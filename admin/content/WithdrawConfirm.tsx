import { useId } from 'react';
import { referencesTo, type Catalogue } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { entityKey } from './DraftPanel';
import { applyDraft, type Draft } from './draft-version';
import { labelOf, type WorkingItem } from './working-item';

interface WithdrawConfirmProps {
  item: WorkingItem;
  catalogue: Catalogue;
  draft: Draft;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a withdrawal joins the draft, naming what still refers to the item. */
export function WithdrawConfirm({
  item,
  catalogue,
  draft,
  onConfirm,
  onCancel,
}: WithdrawConfirmProps) {
  const { t, language } = useText();
  const titleId = useId();
  // As the draft leaves the catalogue: a bundle it already withdraws no longer counts.
  const references = referencesTo(applyDraft(catalogue, draft), item.entity, item.data.id);
  return (
    <section className="notice notice--warning withdraw-confirm" aria-labelledby={titleId}>
      <h3 id={titleId} className="withdraw-confirm__title">
        {t('content.withdraw.title', { name: labelOf(item)[language] })}
      </h3>
      <p>{t('content.withdraw.explain')}</p>
      {references.length === 0 ? (
        <p>{t('content.withdraw.noReferences')}</p>
      ) : (
        <>
          <p>{t('content.withdraw.references')}</p>
          <ul className="withdraw-confirm__references">
            {references.map((reference) => (
              <li key={`${reference.entity}:${reference.key}`}>
                <span className="chip">{t(entityKey[reference.entity])}</span>{' '}
                {reference.label[language]}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="withdraw-confirm__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t('content.withdraw.confirm')}
        </button>
      </div>
    </section>
  );
}
