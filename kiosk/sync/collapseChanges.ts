export interface KeyedChange<E extends string = string> {
  entity: E;
  key: string;
  op: 'put' | 'delete';
  data: unknown;
}

export interface TableWork {
  puts: unknown[];
  deletes: string[];
}

/**
 * Collapses changes (in log order) to one put or one delete per key, per entity: the later
 * change to a key wins. Each table then takes one bulkDelete and one bulkPut, which is what
 * keeps a catch-up of thousands of rows fast.
 */
export function collapseByKey<E extends string>(
  changes: readonly KeyedChange<E>[],
): Map<E, TableWork> {
  const latest = new Map<E, Map<string, KeyedChange<E>>>();
  for (const change of changes) {
    if (change.op === 'put' && (change.data === null || change.data === undefined)) {
      console.warn(`[sync] skipped a put without data for ${change.entity} ${change.key}`);
      continue;
    }
    let byKey = latest.get(change.entity);
    if (!byKey) {
      byKey = new Map();
      latest.set(change.entity, byKey);
    }
    byKey.delete(change.key); // keep Map order = order of the last change
    byKey.set(change.key, change);
  }
  const work = new Map<E, TableWork>();
  for (const [entity, byKey] of latest) {
    const entry: TableWork = { puts: [], deletes: [] };
    for (const change of byKey.values()) {
      if (change.op === 'put') entry.puts.push(change.data);
      else entry.deletes.push(change.key);
    }
    work.set(entity, entry);
  }
  return work;
}
