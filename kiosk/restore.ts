import type { z } from 'zod';

export interface BadRecord {
  table: string;
  key: string;
  problem: string;
}

/** Reports a record that failed its schema: where and why, never the record (it may hold personal data). */
export function reportBadRecord({ table, key, problem }: BadRecord): void {
  console.warn(`[restore] skipped a bad ${table} record ${key}: ${problem}`);
}

function keyOf(row: unknown): string {
  if (row && typeof row === 'object') {
    const record = row as Record<string, unknown>;
    const key = record.id ?? record.number ?? record.key;
    if (typeof key === 'string' || typeof key === 'number') return String(key);
  }
  return '(no key)';
}

/**
 * Turns whatever IndexedDB or the network handed us into valid records, like excalidraw's
 * restore: each row passes its zod schema; a bad one is reported and skipped, never thrown
 * into a view.
 */
export function restoreRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  table: string,
  report: (bad: BadRecord) => void = reportBadRecord,
): z.infer<S>[] {
  const restored: z.infer<S>[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      restored.push(parsed.data);
    } else {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'record';
      report({ table, key: keyOf(row), problem: `${where}: ${issue?.message ?? 'invalid'}` });
    }
  }
  return restored;
}

export function restoreRow<S extends z.ZodType>(
  schema: S,
  row: unknown,
  table: string,
  report: (bad: BadRecord) => void = reportBadRecord,
): z.infer<S> | null {
  if (row === undefined || row === null) return null;
  return restoreRows(schema, [row], table, report)[0] ?? null;
}
