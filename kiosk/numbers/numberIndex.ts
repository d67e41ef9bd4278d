import {
  byAttractiveness,
  classifyNumber,
  indexClassified,
  poolNumberSchema,
  type IndexedNumber,
  type NumberIndex,
} from '../../shared';
import type { KioskDatabase } from '../db';
import { restoreRows } from '../restore';

/** A number in the picker: its classification plus what the order needs from the pool row. */
export interface PickerNumber extends IndexedNumber {
  minPlanFeeFen: number;
}

/** Entries of an index built here carry `minPlanFeeFen`; the shared type does not say so. */
export const asPickerNumbers = (found: readonly IndexedNumber[]) =>
  found as readonly PickerNumber[];

/** Work between two yields: well under a frame's worth at 60 Hz plus a tap's patience. */
const sliceBudgetMs = 8;
const rowsPerCheck = 250;
const mergeCheckMask = 4095;

export type YieldToScreen = () => Promise<void>;

/** Gives the screen a turn: at idle time where the browser offers it, soon in any case. */
export const yieldToScreen: YieldToScreen = () =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 50 });
    } else {
      setTimeout(resolve, 0);
    }
  });

/** Calls `yieldNow` whenever the current slice has used its budget. */
function slicer(yieldNow: YieldToScreen) {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceBudgetMs) return;
    await yieldNow();
    sliceStart = performance.now();
  };
}

/**
 * Bottom-up merge sort by attractiveness, yielding between merges, so the one step left
 * (`indexClassified`) meets sorted input, which its sort passes over in one linear pass.
 */
async function sortInSlices(
  items: PickerNumber[],
  maybeYield: () => Promise<void>,
): Promise<PickerNumber[]> {
  let from = items;
  let to: PickerNumber[] = new Array<PickerNumber>(items.length);
  for (let width = 1; width < items.length; width *= 2) {
    for (let left = 0; left < items.length; left += 2 * width) {
      const middle = Math.min(left + width, items.length);
      const right = Math.min(left + 2 * width, items.length);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        // Long merges of the last passes give the screen a turn too.
        if ((k & mergeCheckMask) === 0) await maybeYield();
        const a = from[i] as PickerNumber;
        const b = from[j] as PickerNumber;
        if (byAttractiveness(a, b) <= 0) {
          to[k++] = a;
          i++;
        } else {
          to[k++] = b;
          j++;
        }
      }
      while (i < middle) to[k++] = from[i++] as PickerNumber;
      while (j < right) to[k++] = from[j++] as PickerNumber;
      if (right - left >= rowsPerCheck || left % (rowsPerCheck * 8) === 0) await maybeYield();
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Classifies the pool in slices of about 8 ms, yielding between them, sorts it the same way,
 * then lays it out once (`indexClassified`). Sold and withdrawn numbers stay out; held ones
 * go in and are passed over at query time, so a hold needs no rebuild.
 */
export async function buildNumberIndex(
  rows: readonly unknown[],
  yieldNow: YieldToScreen = yieldToScreen,
): Promise<NumberIndex> {
  const maybeYield = slicer(yieldNow);
  const classified: PickerNumber[] = [];
  for (let start = 0; start < rows.length; start += rowsPerCheck) {
    const slice = restoreRows(poolNumberSchema, rows.slice(start, start + rowsPerCheck), 'numbers');
    for (const row of slice) {
      if (row.status === 'sold' || row.status === 'withdrawn') continue;
      const { patterns, luckyDigits, score } = classifyNumber(row.number);
      classified.push({
        number: row.number,
        priceFen: row.priceFen,
        tierId: row.tierId,
        minPlanFeeFen: row.minPlanFeeFen,
        patterns,
        luckyDigits,
        score,
      });
    }
    await maybeYield();
  }
  const sorted = await sortInSlices(classified, maybeYield);
  await yieldNow();
  return indexClassified(sorted);
}

/**
 * One index per pool version (the sync cursor): built once, shared by every screen that
 * searches, and kept on screen while a newer one is built.
 */
export class NumberIndexCache {
  private built: { version: number; index: NumberIndex } | null = null;
  private building: { version: number; promise: Promise<NumberIndex> } | null = null;
  /** At most one build waits; it reads the pool when it starts, so it serves every later ask. */
  private queued: { version: number; promise: Promise<NumberIndex> } | null = null;

  constructor(
    private readonly db: KioskDatabase,
    private readonly yieldNow: YieldToScreen = yieldToScreen,
  ) {}

  /** The newest index built so far, if any (possibly of an older version). */
  latest(): NumberIndex | null {
    return this.built?.index ?? null;
  }

  indexFor(version: number): Promise<NumberIndex> {
    if (this.built?.version === version) return Promise.resolve(this.built.index);
    if (this.building?.version === version) return this.building.promise;
    if (this.queued) {
      this.queued.version = Math.max(this.queued.version, version);
      return this.queued.promise;
    }
    if (!this.building) return this.start(version);
    const waitForCurrent = this.building.promise.catch(() => undefined);
    this.queued = { version, promise: waitForCurrent.then(() => this.startQueued()) };
    return this.queued.promise;
  }

  private startQueued(): Promise<NumberIndex> {
    const version = this.queued?.version ?? 0;
    this.queued = null;
    return this.start(version);
  }

  private start(version: number): Promise<NumberIndex> {
    const promise = (async () => {
      const rows = await this.db.numbers.toArray();
      const index = await buildNumberIndex(rows, this.yieldNow);
      if (!this.built || this.built.version <= version) this.built = { version, index };
      return index;
    })();
    this.building = { version, promise };
    void promise
      .finally(() => {
        if (this.building?.promise === promise) this.building = null;
      })
      .catch(() => undefined);
    return promise;
  }
}
