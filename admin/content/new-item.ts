import { idSchema, type Catalogue } from '../../shared';
import type { Draft } from './draft-version';
import { catalogueListOf, type EditableEntity, type WorkingItem } from './working-item';

/** What a new item's id may look like: lowercase ascii words joined by `-` (and `idSchema`). */
const newIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxIdLength = 64;

/** Every id of that kind the catalogue or the draft already holds (a withdrawal still holds it). */
export function takenIds(
  catalogue: Catalogue,
  draft: Draft,
  entity: EditableEntity,
): ReadonlySet<string> {
  const list = catalogue[catalogueListOf[entity]] as readonly { id: string }[];
  return new Set([
    ...list.map((item) => item.id),
    ...draft.filter((item) => item.change.entity === entity).map((item) => item.change.key),
  ]);
}

export type IdProblem = 'empty' | 'format' | 'taken';

/** Why a typed id cannot name a new item, or null when it can. */
export function newIdProblem(id: string, taken: ReadonlySet<string>): IdProblem | null {
  if (id === '') return 'empty';
  if (!newIdPattern.test(id) || id.length > maxIdLength || !idSchema.safeParse(id).success)
    return 'format';
  return taken.has(id) ? 'taken' : null;
}

/**
 * An id made from a name ("3G Talk 128" → `3g-talk-128`), free in `taken`: `-2`, `-3`… is added
 * when the plain one is taken. A name with no ascii letter or digit falls back to `fallback`.
 */
export function proposeId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // the accents NFKD split off: "é" reads as "e"
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxIdLength - 4)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The name an id is proposed from: the English one, else the Chinese (which may give nothing). */
export function nameForId(item: WorkingItem): string {
  switch (item.entity) {
    case 'handset':
      return `${item.data.brand} ${item.data.model}`;
    case 'experience':
      return item.data.title.en || item.data.title.zh;
    default:
      return item.data.name.en || item.data.name.zh;
  }
}

/** A copy of an item under a new id, to start a new one from ("based on"). */
export function copyWithId(item: WorkingItem, id: string): WorkingItem {
  return { entity: item.entity, data: { ...item.data, id } } as WorkingItem;
}

const nextSort = (list: readonly { sort: number }[]) =>
  list.reduce((most, item) => Math.max(most, item.sort), 0) + 1;

/**
 * A new item with sensible defaults, placed after the others of its kind. An experience goes
 * into `zoneId` (else the first zone); a bundle holds the first handset until HQ picks another.
 */
export function blankItem(
  entity: EditableEntity,
  catalogue: Catalogue,
  id: string,
  zoneId?: string,
): WorkingItem {
  switch (entity) {
    case 'plan':
      return {
        entity,
        data: {
          id,
          name: { zh: '新套餐', en: 'New plan' },
          monthlyFeeFen: 0,
          voiceMinutes: 0,
          dataMb: 0,
          sms: 0,
          videoCallMinutes: 0,
          contractMonths: 0,
          handsetSubsidyFen: 0,
          sort: nextSort(catalogue.plans),
        },
      };
    case 'service':
      return {
        entity,
        data: {
          id,
          kind: catalogue.services[0]?.kind ?? 'other',
          name: { zh: '新业务', en: 'New service' },
          summary: { zh: '业务介绍', en: 'What it offers' },
          monthlyFeeFen: 0,
          sort: nextSort(catalogue.services),
        },
      };
    case 'bundle':
      return {
        entity,
        data: {
          id,
          name: { zh: '新礼盒', en: 'New gift box' },
          summary: { zh: '礼盒介绍', en: 'What is in the box' },
          handsetId: catalogue.handsets[0]?.id ?? '',
          planId: null,
          serviceIds: [],
          gifts: [],
          priceFen: 0,
          sort: nextSort(catalogue.bundles),
        },
      };
    case 'handset':
      return {
        entity,
        data: {
          id,
          brand: 'Brand',
          model: 'Model',
          year: new Date().getFullYear(),
          network: '',
          wcdmaBands: [],
          screenIn: null,
          resolution: null,
          cameraMp: null,
          frontCamera: 'unknown',
          batteryMah: null,
          os: null,
          storage: null,
          ram: null,
          weightG: null,
          colours: [],
          priceFen: 0,
          dualSim: false,
          sourceUrl: null,
        },
      };
    case 'zone':
      return {
        entity,
        data: {
          id,
          key: 'life',
          name: { zh: '新专区', en: 'New zone' },
          tagline: { zh: '专区宣传语', en: 'Zone tagline' },
          accent: '#0F9D8A',
          sort: nextSort(catalogue.zones),
        },
      };
    case 'experience':
      return {
        entity,
        data: {
          id,
          zoneId: zoneId ?? catalogue.zones[0]?.id ?? '',
          kind: catalogue.experiences[0]?.kind ?? 'video-call',
          title: { zh: '新体验', en: 'New experience' },
          summary: { zh: '体验介绍', en: 'What the customer tries' },
          media: null,
          planIds: [],
          handsetIds: [],
          sort: nextSort(catalogue.experiences),
          content: null,
        },
      };
  }
}
