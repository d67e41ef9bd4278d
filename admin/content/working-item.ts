import type { Catalogue, LocalText } from '../../shared';
import { pendingData, type Draft, type EntityData } from './draft-version';

/** The entities the content editor changes (stores change elsewhere). */
export type EditableEntity = Exclude<keyof EntityData, 'store'>;

/** The item open in the editor, with its edits so far. */
export type WorkingItem = {
  [E in EditableEntity]: { entity: E; data: EntityData[E] };
}[EditableEntity];

/** Where the catalogue keeps each kind of item. */
export const catalogueListOf = {
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
  const list = catalogue[catalogueListOf[entity]] as unknown as readonly EntityData[E][];
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

/** Where an item stands in the draft: untouched, edited, created by it, or withdrawn by it. */
export type DraftState = 'published' | 'edited' | 'created' | 'withdrawn';

/**
 * The items of one kind as the picker lists them: today's in catalogue order (each as the draft
 * has it), then those the draft creates. Withdrawn ones stay listed, marked, so HQ sees them.
 */
export function draftListOf<E extends EditableEntity>(
  catalogue: Catalogue,
  draft: Draft,
  entity: E,
): { data: EntityData[E]; state: DraftState }[] {
  const list = catalogue[catalogueListOf[entity]] as unknown as readonly EntityData[E][];
  const published = new Set(list.map((item) => item.id));
  const changeOf = (key: string) =>
    draft.find((item) => item.change.entity === entity && item.change.key === key)?.change;
  const today = list.map((item) => {
    const change = changeOf(item.id);
    const state: DraftState = !change
      ? 'published'
      : change.op === 'delete'
        ? 'withdrawn'
        : 'edited';
    return { data: pendingData(draft, entity, item.id) ?? item, state };
  });
  const created = draft.flatMap(({ change }) => {
    if (change.entity !== entity || published.has(change.key)) return [];
    const data = pendingData(draft, entity, change.key);
    return data ? [{ data, state: 'created' as const }] : [];
  });
  return [...today, ...created];
}
