import { useState } from 'react';
import { languages, type Catalogue, type Language } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { Draft } from './draft-version';
import {
  BundleForm,
  ExperienceForm,
  HandsetForm,
  PlanForm,
  ServiceForm,
  ZoneForm,
} from './ItemForms';
import { ItemPreview } from './ItemPreview';
import { currentItem, labelOf, type WorkingItem } from './working-item';

interface EditPanelProps {
  working: WorkingItem | null;
  catalogue: Catalogue;
  draft: Draft;
  mediaPaths: readonly string[];
  previewLanguage: Language;
  onPreviewLanguage: (language: Language) => void;
  onChange: (item: WorkingItem) => void;
  onAdd: (item: WorkingItem) => void;
}

/** The open item's form beside its kiosk preview; "Add to draft" when it differs from now. */
export function EditPanel(props: EditPanelProps) {
  const { working, catalogue, draft, previewLanguage, onPreviewLanguage, onChange, onAdd } = props;
  const { mediaPaths } = props;
  const { t, language } = useText();
  // Bumped by "Undo changes" so the amount fields drop what was typed in them.
  const [revision, setRevision] = useState(0);
  if (!working) {
    return (
      <section className="panel content-editor__edit">
        <p className="empty-state">{t('content.editor.pick')}</p>
      </section>
    );
  }
  const before = currentItem(catalogue, draft, working.entity, working.data.id);
  const changed = JSON.stringify(before) !== JSON.stringify(working.data);
  const name = labelOf(working)[language];
  return (
    <section
      className="panel content-editor__edit"
      aria-label={t('content.editor.editing', { name })}
    >
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{name}</h2>
          <p className="panel__hint">{t('content.editor.hint')}</p>
        </div>
      </header>
      <div className="content-editor__work">
        <div key={revision}>{formFor(working, onChange, catalogue, mediaPaths)}</div>
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
      <div className="panel__actions content-editor__actions">
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
        <button
          type="button"
          className="button button--primary"
          disabled={!changed}
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
          services={catalogue.services}
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
          mediaPaths={mediaPaths}
          onChange={(data) => onChange({ entity: 'experience', data })}
        />
      );
  }
}
