import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error';

const suspiciousKey = /"(?:__proto__|constructor)"\s*:/;

function invalidBody(message: string): HttpError {
  return new HttpError(400, 'invalid_body', message, { body: [message] });
}

/** Refuses `__proto__` keys and `constructor.prototype` anywhere in the document. */
function refusePoisonedKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw invalidBody('The key "__proto__" is not allowed');
  if (
    key === 'constructor' &&
    value !== null &&
    typeof value === 'object' &&
    'prototype' in value
  ) {
    throw invalidBody('The key "constructor.prototype" is not allowed');
  }
  return value;
}

/**
 * Fastify's own JSON parser refuses the same keys but reports every failure as "not valid
 * JSON"; this one says which problem it was. The reviver runs only when a key looks suspicious.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '')
      return done(invalidBody('The body is empty; send a JSON object'), undefined);
    // PostgreSQL cannot store NUL in text: refused here, it would fail a whole push batch later.
    if (text.includes('\\u0000'))
      return done(invalidBody('NUL characters are not allowed'), undefined);
    try {
      done(
        null,
        suspiciousKey.test(text) ? JSON.parse(text, refusePoisonedKeys) : JSON.parse(text),
      );
    } catch (error) {
      done(
        error instanceof HttpError ? error : invalidBody('The body is not valid JSON'),
        undefined,
      );
    }
  });
}
