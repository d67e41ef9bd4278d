import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { labelOf, type EditableEntity, type WorkingItem } from './working-item';

const newKey = {
  plan: 'content.new.plan',
  handset: 'content.new.handset',
  service: 'content.new.service',
  bundle: 'content.new.bundle',
  zone: 'content.new.zone',
  experience: 'content.new.experience',
} as const satisfies Record<EditableEntity, MessageKey>;

interface NewItemActionsProps {
  /** The kinds the open tab lists. */
  entities: readonly EditableEntity[];
  /** The item open in the editor (not a new one): what "based on" copies. */
  selected: WorkingItem | null;
  onNew: (entity: EditableEntity, basedOn: WorkingItem | null) => void;
}

/** "New plan" (blank, with defaults) and "New, based on selected" (a copy under a new id). */
export function NewItemActions({ entities, selected, onNew }: NewItemActionsProps) {
  const { t, language } = useText();
  return (
    <div className="new-item-actions" role="group" aria-label={t('content.new.group')}>
      {entities.map((entity) => (
        <button
          key={entity}
          type="button"
          className="button button--secondary button--small"
          onClick={() => onNew(entity, null)}
        >
          {t(newKey[entity])}
        </button>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!selected}
        title={
          selected
            ? t('content.new.basedOnLabel', { name: labelOf(selected)[language] })
            : undefined
        }
        onClick={() => selected && onNew(selected.entity, selected)}
      >
        {t('content.new.basedOn')}
      </button>
    </div>
  );
}
