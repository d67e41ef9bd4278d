import { useState } from 'react';
import { languages, type Catalogue, type Language } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { applyDraft, type Draft } from './draft-version';
import { entityKey } from './DraftPanel';
import { BundleForm } from './BundleForm';
import { ExperienceForm } from './ExperienceForm';
import { HandsetForm, PlanForm, ServiceForm } from './ItemForms';
import { ItemPreview } from './ItemPreview';
import { copyWithId, nameForId, newIdProblem, proposeId, takenIds } from './new-item';
import { NewIdField } from './NewIdField';
import { WithdrawConfirm } from './WithdrawConfirm';
import { currentItem, draftListOf, labelOf, type WorkingItem } from './working-item';
import { ZoneForm } from './ZoneForms';

interface EditPanelProps {
  working: WorkingItem | null;
  /** The open item is new: it gets an id field, and Discard instead of Undo and Withdraw. */
  isNew: boolean;
  catalogue: Catalogue;
  draft: Draft;
  mediaPaths: readonly string[];
  previewLanguage: Language;
  onPreviewLanguage: (language: Language) => void;
  onChange: (item: WorkingItem) => void;
  onAdd: (item: WorkingItem) => void;
  onWithdraw: (item: WorkingItem) => void;
  onDiscard: () => void;
}

/** The open item's form beside its kiosk preview; "Add to draft" when it differs from now. */
export function EditPanel(props: EditPanelProps) {
  const { working, catalogue, draft, previewLanguage, onPreviewLanguage, onChange, onAdd } = props;
  const { mediaPaths, isNew, onWithdraw, onDiscard } = props;
  const { t, language } = useText();
  // Bumped by "Undo changes" so the amount fields drop what was typed in them.
  const [revision, setRevision] = useState(0);
  // A new item's id follows its name until HQ types one.
  const [idTyped, setIdTyped] = useState(false);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  if (!working) {
    return (
      <section className="panel content-editor__edit">
        <p className="empty-state">{t('content.editor.pick')}</p>
      </section>
    );
  }
  const before = isNew ? undefined : currentItem(catalogue, draft, working.entity, working.data.id);
  const changed = JSON.stringify(before) !== JSON.stringify(working.data);
  const name = labelOf(working)[language];
  const taken = takenIds(catalogue, draft, working.entity);
  const idProblem = isNew ? newIdProblem(working.data.id, taken) : null;
  const change = (item: WorkingItem) =>
    onChange(
      isNew && !idTyped ? copyWithId(item, proposeId(nameForId(item), taken, item.entity)) : item,
    );
  const withdrawn = draft.some(
    ({ change: c }) =>
      c.op === 'delete' && c.entity === working.entity && c.key === working.data.id,
  );
  return (
    <section
      className="panel content-editor__edit"
      aria-label={t('content.editor.editing', { name })}
    >
      <header className="panel__header">
        <div>
          <h2 className="panel__title">
            {isNew
              ? t('content.new.heading', { entity: t(entityKey[working.entity]), name })
              : name}
          </h2>
          <p className="panel__hint">{t(isNew ? 'content.new.hint' : 'content.editor.hint')}</p>
        </div>
      </header>
      {withdrawn && (
        <p className="notice notice--warning" role="status">
          {t('content.withdraw.inDraft')}
        </p>
      )}
      <div className="content-editor__work">
        <div key={revision}>
          {isNew && (
            <NewIdField
              id={working.data.id}
              problem={idProblem}
              onType={(id) => {
                setIdTyped(true);
                onChange(copyWithId(working, id));
              }}
              onFromName={() => {
                setIdTyped(false);
                onChange(copyWithId(working, proposeId(nameForId(working), taken, working.entity)));
              }}
            />
          )}
          {formFor(working, change, catalogue, draft, mediaPaths)}
        </div>
        <div className="preview-pane">
          <div className="preview-pane__head">
            <h3 className="preview-pane__title">{t('content.preview.title')}</h3>
            <div className="segmented" role="group" aria-label={t('content.preview.language')}>
              {languages.map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={previewLanguage === option}
                  onClick={() => onPreviewLanguage(option)}
                >
                  {option === 'zh' ? '中文' : 'EN'}
                </button>
              ))}
            </div>
          </div>
          <div
            className="preview-pane__stage"
            role="figure"
            aria-label={t('content.preview.title')}
          >
            <ItemPreview
              item={working}
              catalogue={catalogue}
              draft={draft}
              language={previewLanguage}
            />
          </div>
        </div>
      </div>
      {confirmingWithdraw && (
        <WithdrawConfirm
          item={working}
          catalogue={catalogue}
          draft={draft}
          onCancel={() => setConfirmingWithdraw(false)}
          onConfirm={() => onWithdraw(working)}
        />
      )}
      <div className="panel__actions content-editor__actions">
        {!isNew && !withdrawn && (
          <button
            type="button"
            className="button button--secondary content-editor__withdraw"
            aria-expanded={confirmingWithdraw}
            onClick={() => setConfirmingWithdraw(true)}
          >
            {t('content.withdraw.action')}
          </button>
        )}
        {isNew ? (
          <button type="button" className="button button--secondary" onClick={onDiscard}>
            {t('content.new.discard')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={!changed || !before}
            onClick={() => {
              if (!before) return;
              onChange({ entity: working.entity, data: before } as WorkingItem);
              setRevision((count) => count + 1);
            }}
          >
            {t('content.editor.undo')}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={!changed || idProblem !== null}
          onClick={() => onAdd(working)}
        >
          {t('content.editor.add')}
        </button>
      </div>
    </section>
  );
}

function formFor(
  working: WorkingItem,
  onChange: (item: WorkingItem) => void,
  catalogue: Catalogue,
  draft: Draft,
  mediaPaths: readonly string[],
) {
  switch (working.entity) {
    case 'plan':
      return (
        <PlanForm value={working.data} onChange={(data) => onChange({ entity: 'plan', data })} />
      );
    case 'handset':
      return (
        <HandsetForm
          value={working.data}
          onChange={(data) => onChange({ entity: 'handset', data })}
        />
      );
    case 'service':
      return (
        <ServiceForm
          value={working.data}
          onChange={(data) => onChange({ entity: 'service', data })}
        />
      );
    case 'bundle':
      return (
        <BundleForm
          value={working.data}
          upcoming={applyDraft(catalogue, draft)}
          onChange={(data) => onChange({ entity: 'bundle', data })}
        />
      );
    case 'zone':
      return (
        <ZoneForm value={working.data} onChange={(data) => onChange({ entity: 'zone', data })} />
      );
    case 'experience':
      return (
        <ExperienceForm
          value={working.data}
          zones={draftListOf(catalogue, draft, 'zone').flatMap((z) =>
            z.state === 'withdrawn' ? [] : [z.data],
          )}
          mediaPaths={mediaPaths}
          upcoming={applyDraft(catalogue, draft)}
          onChange={(data) => onChange({ entity: 'experience', data })}
        />
      );
  }
}
