import type {
  Bundle,
  Catalogue,
  ContentChange,
  ContentEntity,
  Experience,
  Handset,
  LocalText,
  Plan,
  PublishVersionRequest,
  Service,
  Store,
  Zone,
} from '../../shared';

/** What each entity's `put` carries. */
export interface EntityData {
  zone: Zone;
  experience: Experience;
  handset: Handset;
  plan: Plan;
  service: Service;
  bundle: Bundle;
  store: Store;
}

/**
 * The version HQ is composing: edits collect here, one per entity and key (a later edit of the
 * same item replaces the earlier), until it is published as one content version.
 */
export interface DraftItem {
  change: ContentChange;
  /** What the pending-changes list calls it, e.g. a plan's name or "Nokia N8". */
  label: LocalText;
}

export type Draft = readonly DraftItem[];

export type DraftEvent =
  | { type: 'change.put'; item: DraftItem }
  | { type: 'change.removed'; entity: ContentEntity; key: string }
  /** `published`: kiosks have the item now; false for one only this draft creates. */
  | {
      type: 'change.withdrawn';
      entity: Exclude<ContentEntity, 'store'>;
      key: string;
      label: LocalText;
      published: boolean;
    }
  | { type: 'draft.cleared' };

export const isWithdrawal = (item: DraftItem) => item.change.op === 'delete';

export const draftItemId = (change: Pick<ContentChange, 'entity' | 'key'>) =>
  `${change.entity}:${change.key}`;

/**
 * The pure reducer behind the editor: add, replace in place, remove, clear. Withdrawing an item
 * kiosks have puts a `delete` in place of any edit of it; withdrawing one this draft creates
 * just drops its `put`, since there is nothing to delete.
 */
export function draftReducer(draft: Draft, event: DraftEvent): Draft {
  switch (event.type) {
    case 'change.put': {
      const id = draftItemId(event.item.change);
      const at = draft.findIndex((item) => draftItemId(item.change) === id);
      if (at === -1) return [...draft, event.item];
      return draft.map((item, i) => (i === at ? event.item : item));
    }
    case 'change.removed': {
      const id = draftItemId(event);
      return draft.filter((item) => draftItemId(item.change) !== id);
    }
    case 'change.withdrawn': {
      if (!event.published) return draftReducer(draft, { ...event, type: 'change.removed' });
      const change = { entity: event.entity, key: event.key, op: 'delete', data: null } as const;
      return draftReducer(draft, { type: 'change.put', item: { change, label: event.label } });
    }
    case 'draft.cleared':
      return [];
  }
}

/** The entity as the draft has it (edited), or undefined when the draft leaves it alone. */
export function pendingData<E extends ContentEntity>(
  draft: Draft,
  entity: E,
  key: string,
): EntityData[E] | undefined {
  const item = draft.find((entry) => entry.change.entity === entity && entry.change.key === key);
  if (item?.change.op !== 'put' || item.change.data === null) return undefined;
  return item.change.data as unknown as EntityData[E];
}

export interface PublishChoice {
  note: string;
  /** null: every store. */
  storeIds: readonly string[] | null;
  /** Epoch ms, or null to publish now. */
  publishAt: number | null;
}

export function publishRequestOf(draft: Draft, choice: PublishChoice): PublishVersionRequest {
  return {
    note: choice.note.trim(),
    storeIds: choice.storeIds === null ? null : [...choice.storeIds],
    ...(choice.publishAt !== null && { publishAt: choice.publishAt }),
    changes: draft.map((item) => item.change),
  };
}

/**
 * The server's field problems (`changes.3.data.zoneId`) by draft item id, so each pending
 * change shows its own; problems outside `changes` (note, storeIds) come back under ''.
 */
export function problemsByDraftItem(
  draft: Draft,
  fields: Record<string, string[]>,
): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const [path, messages] of Object.entries(fields)) {
    const match = /^changes\.(\d+)\.?(.*)$/.exec(path);
    const item = match ? draft[Number(match[1])] : undefined;
    const id = item ? draftItemId(item.change) : '';
    const field = match?.[2] ? `${match[2].replace(/^data\./, '')}: ` : item ? '' : `${path}: `;
    problems.set(id, [...(problems.get(id) ?? []), ...messages.map((m) => `${field}${m}`)]);
  }
  return problems;
}

const listOf = {
  zone: 'zones',
  experience: 'experiences',
  handset: 'handsets',
  plan: 'plans',
  service: 'services',
  bundle: 'bundles',
} as const satisfies Record<Exclude<ContentEntity, 'store'>, keyof Catalogue>;

/**
 * The catalogue as it is once a published draft took effect: puts replace (or add) the item by
 * id, deletes remove it. Lets the editor go on from what kiosks now show without a reload.
 */
export function applyDraft(catalogue: Catalogue, draft: Draft): Catalogue {
  const next: Catalogue = { ...catalogue };
  for (const { change } of draft) {
    if (change.entity === 'store') continue;
    const name = listOf[change.entity];
    const list = next[name] as readonly { id: string }[];
    const kept = list.filter((item) => item.id !== change.key);
    const at = list.findIndex((item) => item.id === change.key);
    if (change.op === 'delete' || change.data === null) {
      (next as Record<string, unknown>)[name] = kept;
    } else {
      const copy = [...list];
      if (at === -1) copy.push(change.data);
      else copy[at] = change.data;
      (next as Record<string, unknown>)[name] = copy;
    }
  }
  return next;
}
