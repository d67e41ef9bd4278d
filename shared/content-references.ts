import type { Catalogue, ContentEntity } from './content-versions';
import type { LocalText } from './text';

/** Something that names an item HQ is about to withdraw. */
export interface ContentReference {
  entity: 'experience' | 'bundle';
  key: string;
  label: LocalText;
}

/**
 * What in `offers` (the catalogue as a version leaves it) still names this item: the
 * experiences of a zone; the gift boxes and experiences offering a handset or plan; the gift
 * boxes with a service. The console warns HQ before a withdrawal joins the draft, and the server
 * refuses a version that would leave kiosks offering something gone.
 */
export function referencesTo(
  offers: Pick<Catalogue, 'experiences' | 'bundles'>,
  entity: ContentEntity,
  key: string,
): ContentReference[] {
  const experiences = (named: (e: Catalogue['experiences'][number]) => boolean) =>
    offers.experiences
      .filter(named)
      .map((e) => ({ entity: 'experience' as const, key: e.id, label: e.title }));
  const bundles = (named: (b: Catalogue['bundles'][number]) => boolean) =>
    offers.bundles
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
    default:
      return [];
  }
}
