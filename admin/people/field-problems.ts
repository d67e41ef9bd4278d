import type { z } from 'zod';

export type FieldProblems = Record<string, string>;

/** The first problem of each field, from a zod parse or from the server's `fields`. */
export function problemsOfIssues(issues: readonly z.core.$ZodIssue[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_';
    problems[field] ??= issue.message;
  }
  return problems;
}

export function problemsOfFields(fields: Record<string, string[]>): FieldProblems {
  const problems: FieldProblems = {};
  for (const [field, messages] of Object.entries(fields)) {
    if (messages[0]) problems[field] = messages[0];
  }
  return problems;
}
