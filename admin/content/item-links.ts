import {
  bundleSaving,
  experienceContentSchema,
  type Bundle,
  type Catalogue,
  type Experience,
  type ExperienceContentType,
  type Handset,
  type Plan,
  type Service,
} from '../../shared';

/** An experience offers at most this many plans and as many handsets (`experienceSchema`). */
export const maxLinks = 20;

/** The ids with `id` added at the end; unchanged when it is there already or the list is full. */
export function addLink(ids: readonly string[], id: string, max = maxLinks): string[] {
  return ids.includes(id) || ids.length >= max ? [...ids] : [...ids, id];
}

export function removeLink(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}

/** The ids with `id` swapped with its neighbour before (-1) or after (1); unchanged at an end. */
export function moveLink(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next[from] = ids[to] as string;
  next[to] = id;
  return next;
}

/**
 * The simulations a kiosk can run: one per kind of experience content (`type` in
 * shared/experience-content.ts), which is what an experience's `kind` names.
 */
export const experienceKinds: readonly ExperienceContentType[] =
  experienceContentSchema.options.map((option) => option.shape.type.value);

/**
 * Ids resolved against a list in the ids' order: each with its item, or null when the list has
 * none (withdrawn, or never published), so the form can still show and remove it.
 */
export function resolveLinks<T extends { id: string }>(
  ids: readonly string[],
  list: readonly T[],
): { id: string; item: T | null }[] {
  const byId = new Map(list.map((item) => [item.id, item]));
  return ids.map((id) => ({ id, item: byId.get(id) ?? null }));
}

/**
 * What the kiosk's offer strip shows for an experience: the plans and handsets it names, in its
 * order, leaving out those the catalogue does not hold (as kiosk/experiences/offer/useOffer.ts).
 */
export function offerOf(
  experience: Pick<Experience, 'planIds' | 'handsetIds'>,
  catalogue: Pick<Catalogue, 'plans' | 'handsets'>,
): { plans: Plan[]; handsets: Handset[] } {
  const found = <T extends { id: string }>(ids: readonly string[], list: readonly T[]) =>
    resolveLinks(ids, list).flatMap(({ item }) => (item ? [item] : []));
  return {
    plans: found(experience.planIds, catalogue.plans),
    handsets: found(experience.handsetIds, catalogue.handsets),
  };
}

export interface BundleParts {
  /** Undefined when the catalogue holds no such handset: kiosks do not show the box then. */
  handset: Handset | undefined;
  plan: Plan | null;
  /** The included services in catalogue order, as the kiosk lists them. */
  services: Service[];
  /** What the parts cost apart and what the box saves; null without a handset. */
  saving: { separateFen: number; savingFen: number } | null;
}

/** A gift box's parts found in the catalogue, and the saving the kiosk shows (`bundleSaving`). */
export function bundleParts(
  bundle: Bundle,
  catalogue: Pick<Catalogue, 'handsets' | 'plans' | 'services'>,
): BundleParts {
  const handset = catalogue.handsets.find((h) => h.id === bundle.handsetId);
  const services = catalogue.services.filter((s) => bundle.serviceIds.includes(s.id));
  return {
    handset,
    plan: catalogue.plans.find((p) => p.id === bundle.planId) ?? null,
    services,
    saving: handset ? bundleSaving(bundle, handset, services) : null,
  };
}
