import type { Catalogue, LocalText } from '../../shared';
import type { EditableEntity } from './working-item';

/** Something that names the item HQ is about to withdraw. */
export interface Reference {
  entity: 'experience' | 'bundle';
  key: string;
  label: LocalText;
}

/**
 * What in `catalogue` (pass it with the draft laid over) still names this item: the experiences
 * of a zone; the bundles and experiences offering a handset or plan; the bundles with a service.
 * The server refuses a version that leaves a zone's experiences behind; the rest would leave
 * kiosks offering something gone, so HQ is warned before the withdrawal joins the draft.
 */
export function referencesTo(
  catalogue: Catalogue,
  entity: EditableEntity,
  key: string,
): Reference[] {
  const experiences = (named: (e: Catalogue['experiences'][number]) => boolean) =>
    catalogue.experiences
      .filter(named)
      .map((e) => ({ entity: 'experience' as const, key: e.id, label: e.title }));
  const bundles = (named: (b: Catalogue['bundles'][number]) => boolean) =>
    catalogue.bundles
      .filter(named)
      .map((b) => ({ entity: 'bundle' as const, key: b.id, label: b.name }));
  switch (entity) {
    case 'zone':
      return experiences((e) => e.zoneId === key);
    case 'handset':
      return [
        ...bundles((b) => b.handsetId === key),
        ...experiences((e) => e.handsetIds.includes(key)),
      ];
    case 'plan':
      return [...bundles((b) => b.planId === key), ...experiences((e) => e.planIds.includes(key))];
    case 'service':
      return bundles((b) => b.serviceIds.includes(key));
    case 'experience':
    case 'bundle':
      return [];
  }
}
