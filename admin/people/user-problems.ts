import type { ApiError } from '../api/api-error';
import type { MessageKey, Translate } from '../i18n/messages';
import { problemsOfFields, type FieldProblems } from './field-problems';

const fieldKey: Record<string, MessageKey> = {
  login: 'people.problem.login',
  displayName: 'people.problem.displayName',
  password: 'people.problem.password',
  badge: 'people.problem.badge',
  storeId: 'people.problem.storeId',
};

const codeKey: Record<string, MessageKey> = {
  login_taken: 'people.problem.loginTaken',
  badge_taken: 'people.problem.badgeTaken',
  store_not_found: 'people.problem.storeId',
};

/** Field problems in the console's language: known fields and codes get our words. */
export function localiseUserProblems(
  problems: FieldProblems,
  t: Translate,
  code: string | null = null,
): FieldProblems {
  const out: FieldProblems = {};
  for (const [field, message] of Object.entries(problems)) {
    const key = (code && codeKey[code]) ?? fieldKey[field];
    out[field] = key ? t(key) : message;
  }
  return out;
}

/** The server's refusal as field problems, or null when it named no field. */
export function serverUserProblems(error: ApiError, t: Translate): FieldProblems | null {
  const problems = problemsOfFields(error.fields);
  if (Object.keys(problems).length === 0) return null;
  return localiseUserProblems(problems, t, error.code);
}
