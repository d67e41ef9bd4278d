import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { NumberIndex } from '../../shared';
import { database } from '../app/database';
import { readMeta } from '../db';
import { NumberIndexCache } from './numberIndex';

const cache = new NumberIndexCache(database);

export interface NumberBook {
  /** Null until the first build of this kiosk's pool is done. */
  index: NumberIndex | null;
  /** Held or sold since the index was built: searches pass over them. */
  unavailable: ReadonlySet<string>;
}

/** The store's number book for searching, rebuilt in the background when a pull changes it. */
export function useNumberBook(): NumberBook {
  const version = useLiveQuery(async () => (await readMeta(database, 'cursor')) ?? 0);
  const taken = useLiveQuery(() =>
    database.numbers.where('status').anyOf('held', 'sold', 'withdrawn').primaryKeys(),
  );
  const [index, setIndex] = useState<NumberIndex | null>(() => cache.latest());

  useEffect(() => {
    if (version === undefined) return undefined;
    let current = true;
    cache.indexFor(version).then(
      (built) => {
        if (current) setIndex(built);
      },
      (error: unknown) => console.warn('[numbers] the number book could not be indexed', error),
    );
    return () => {
      current = false;
    };
  }, [version]);

  const unavailable = useMemo(() => new Set(taken ?? []), [taken]);
  return { index, unavailable };
}
