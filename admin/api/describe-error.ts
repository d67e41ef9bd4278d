import type { Translate } from '../i18n/messages';
import type { ApiError } from './api-error';

/** The sentence a view shows for an error, in the console's language. */
export function describeError(error: ApiError, t: Translate): string {
  switch (error.kind) {
    case 'network':
    case 'aborted':
      return t('error.network');
    case 'unauthorized':
      return t('error.unauthorized');
    case 'forbidden':
      return t('error.forbidden');
    case 'notFound':
      return t('error.notFound');
    case 'rateLimited':
      return t('error.rateLimited');
    case 'invalid':
      return t('error.invalid', { message: invalidDetail(error) });
    case 'server':
      return t('error.server', { status: error.status ?? '?' });
    case 'unexpected':
      return t('error.unexpected');
  }
}

/** The server's own sentence plus the first field problem, e.g. "Invalid query (to: …)". */
function invalidDetail(error: ApiError): string {
  const [field, problems] = Object.entries(error.fields)[0] ?? [];
  const base = error.message ?? error.code ?? String(error.status ?? '');
  return field && problems?.[0] ? `${base} (${field}: ${problems[0]})` : base;
}

/** Sign-in speaks about the credentials, not about sessions. */
export function describeSignInError(error: ApiError, t: Translate): string {
  if (error.kind === 'unauthorized') return t('login.wrongCredentials');
  if (error.kind === 'rateLimited') return t('login.tooManyAttempts');
  if (error.kind === 'invalid' && Object.keys(error.fields).length > 0)
    return t('login.missingFields');
  return describeError(error, t);
}
