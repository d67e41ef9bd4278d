import type { Dispatch } from 'react';
import { formatFen, type Catalogue, type ContentChange, type ContentEntity } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { draftItemId, type Draft, type DraftEvent } from './draft-version';
import { priceChange } from './price-change';
import { catalogueListOf } from './working-item';

export const entityKey = {
  zone: 'content.entity.zone',
  experience: 'content.entity.experience',
  handset: 'content.entity.handset',
  plan: 'content.entity.plan',
  service: 'content.entity.service',
  bundle: 'content.entity.bundle',
  store: 'content.entity.store',
} as const satisfies Record<ContentEntity, MessageKey>;

/** What a change does: withdraws, creates (a key today's catalogue lacks) or changes. */
function opKey(catalogue: Catalogue, change: ContentChange): MessageKey {
  if (change.op === 'delete') return 'content.draft.delete';
  if (change.entity === 'store') return 'content.draft.put';
  const list = catalogue[catalogueListOf[change.entity]] as readonly { id: string }[];
  return list.some((item) => item.id === change.key) ? 'content.draft.put' : 'content.draft.create';
}

interface DraftPanelProps {
  draft: Draft;
  /** The catalogue as published, to show what a price was. */
  catalogue: Catalogue;
  dispatch: Dispatch<DraftEvent>;
  /** The server's problems by draft item id ('' for the version as a whole). */
  problems: ReadonlyMap<string, string[]>;
  onOpen: (entity: ContentEntity, key: string) => void;
}

/** The pending changes of the version being composed, each removable, each with its problems. */
export function DraftPanel({ draft, catalogue, dispatch, problems, onOpen }: DraftPanelProps) {
  const { t, language } = useText();
  return (
    <section className="panel draft-panel" aria-labelledby="draft-title">
      <h2 id="draft-title" className="panel__title">
        {t('content.draft.title', { count: draft.length })}
      </h2>
      {draft.length === 0 ? (
        <p className="muted">{t('content.draft.empty')}</p>
      ) : (
        <ul className="draft-list" aria-label={t('content.draft.listLabel')}>
          {draft.map(({ change, label }) => {
            const id = draftItemId(change);
            const itemProblems = problems.get(id) ?? [];
            const price = priceChange(catalogue, change);
            const modifiers = [
              change.op === 'delete' && 'draft-list__item--withdrawal',
              itemProblems.length > 0 && 'draft-list__item--problem',
            ].filter(Boolean);
            return (
              <li key={id} className={['draft-list__item', ...modifiers].join(' ')}>
                <button
                  type="button"
                  className="draft-list__open"
                  onClick={() => onOpen(change.entity, change.key)}
                >
                  <span className="chip">{t(entityKey[change.entity])}</span>
                  <span className="draft-list__label">{label[language]}</span>
                  <span className={change.op === 'delete' ? 'draft-list__op' : 'muted'}>
                    {price
                      ? `${formatFen(price.beforeFen, language)} → ${formatFen(price.afterFen, language)}`
                      : t(opKey(catalogue, change))}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('content.draft.removeLabel', { name: label[language] })}
                  onClick={() =>
                    dispatch({ type: 'change.removed', entity: change.entity, key: change.key })
                  }
                >
                  {t('content.draft.remove')}
                </button>
                {itemProblems.length > 0 && (
                  <ul className="draft-list__problems" role="alert">
                    {itemProblems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
