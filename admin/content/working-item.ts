import type { Catalogue, LocalText } from '../../shared';
import { pendingData, type Draft, type EntityData } from './draft-version';

/** The entities the content editor changes (stores change elsewhere). */
export type EditableEntity = Exclude<keyof EntityData, 'store'>;

/** The item open in the editor, with its edits so far. */
export type WorkingItem = {
  [E in EditableEntity]: { entity: E; data: EntityData[E] };
}[EditableEntity];

const listOf = {
  zone: 'zones',
  experience: 'experiences',
  handset: 'handsets',
  plan: 'plans',
  service: 'services',
  bundle: 'bundles',
} as const satisfies Record<EditableEntity, keyof Catalogue>;

/** An item as the kiosks will see it once the draft is published: the draft's edit, else today's. */
export function currentItem<E extends EditableEntity>(
  catalogue: Catalogue,
  draft: Draft,
  entity: E,
  key: string,
): EntityData[E] | undefined {
  const pending = pendingData(draft, entity, key);
  if (pending) return pending;
  const list = catalogue[listOf[entity]] as unknown as readonly EntityData[E][];
  return list.find((item) => item.id === key);
}

/** What the pending-changes list calls an item. */
export function labelOf(item: WorkingItem): LocalText {
  switch (item.entity) {
    case 'handset': {
      const name = `${item.data.brand} ${item.data.model}`;
      return { zh: name, en: name };
    }
    case 'zone':
    case 'plan':
    case 'service':
    case 'bundle':
      return item.data.name;
    case 'experience':
      return item.data.title;
  }
}
