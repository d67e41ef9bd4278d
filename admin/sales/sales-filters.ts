import {
  activeSalesFilters,
  type Language,
  type SalesFilterName,
  type SalesFilterOption,
  type SalesFilters,
  type SalesOptions,
} from '../../shared';

/** The filters the page offers, in the order it shows them, and where each one's choices live. */
export const filterFields = [
  { name: 'status', options: null },
  { name: 'storeType', options: 'storeTypes' },
  { name: 'district', options: 'districts' },
  { name: 'zoneId', options: 'zones' },
  { name: 'handsetId', options: 'handsets' },
  { name: 'planId', options: 'plans' },
  { name: 'bundleId', options: 'bundles' },
  { name: 'clerkId', options: 'clerks' },
] as const satisfies readonly {
  name: SalesFilterName;
  options: keyof Omit<SalesOptions, 'from' | 'to' | 'storeId'> | null;
}[];

/** Filters that pick stores: moot once one store is in scope (a manager's, or HQ's choice). */
const storeFilters: readonly SalesFilterName[] = ['storeType', 'district'];

export function offersStoreFilters(storeId: string | null): boolean {
  return storeId === null;
}

/** What is sent: the filters set, less those a chosen store makes moot. */
export function filtersInScope(filters: SalesFilters, storeId: string | null): SalesFilters {
  const active = activeSalesFilters(filters);
  if (offersStoreFilters(storeId)) return active;
  for (const name of storeFilters) delete active[name];
  return active;
}

export function withFilter(
  filters: SalesFilters,
  name: SalesFilterName,
  value: string,
): SalesFilters {
  return activeSalesFilters({ ...filters, [name]: value === '' ? undefined : value });
}

export interface FilterChoice {
  key: string;
  label: string;
  /** The heading it is listed under (a handset's brand, a clerk's store), if any. */
  group: string | null;
  /** False for a chosen value the scope does not offer (a clerk of a store no longer chosen). */
  offered: boolean;
}

/**
 * A filter's choices sorted by group and name in the page's language. A chosen value the
 * server did not offer stays listed first, marked, so the select never shows a value it
 * cannot display and the person can see why the report is empty.
 */
export function choicesFor(
  options: readonly SalesFilterOption[],
  chosen: string | undefined,
  language: Language,
): FilterChoice[] {
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const choices = [...options]
    .sort(
      (a, b) =>
        (a.group ?? '').localeCompare(b.group ?? '', locale) ||
        a.name[language].localeCompare(b.name[language], locale) ||
        a.key.localeCompare(b.key),
    )
    .map((option) => ({
      key: option.key,
      label: option.name[language],
      group: option.group ?? null,
      offered: true,
    }));
  if (chosen !== undefined && !options.some((option) => option.key === chosen))
    choices.unshift({ key: chosen, label: chosen, group: null, offered: false });
  return choices;
}

/** Choices in runs under one heading each (null: no heading), in their order. */
export function choiceGroups(
  choices: readonly FilterChoice[],
): { group: string | null; choices: FilterChoice[] }[] {
  const runs: { group: string | null; choices: FilterChoice[] }[] = [];
  for (const choice of choices) {
    const last = runs.at(-1);
    if (last && last.group === choice.group) last.choices.push(choice);
    else runs.push({ group: choice.group, choices: [choice] });
  }
  return runs;
}
