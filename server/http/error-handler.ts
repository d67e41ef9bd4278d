import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody } from '../../shared';
import { HttpError } from './http-error';

const contextCodes: Record<string, string> = {
  body: 'invalid_body',
  querystring: 'invalid_query',
  params: 'invalid_params',
  headers: 'invalid_headers',
};

/** Field path (`customer.idNumber`) → messages; a problem with the whole input sits under its name. */
function fieldsOf(
  issues: { instancePath: string; message?: string }[],
  context: string,
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.instancePath.split('/').filter(Boolean).join('.') || context;
    (fields[path] ??= []).push(issue.message ?? 'Invalid value');
  }
  return fields;
}

function body(code: string, message: string, fields?: Record<string, string[]>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/**
 * The one error handler: validation and client errors become `{ error: { code, message,
 * fields } }`; anything else is logged and masked as a 500.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send(body(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const code = contextCodes[context] ?? 'invalid_request';
      return reply
        .code(400)
        .send(body(code, 'Some values are not valid', fieldsOf(error.validation, context)));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send(body('rate_limited', 'Too many attempts; wait a minute'));
    }
    if (status === 413) {
      return reply.code(413).send(body('body_too_large', 'The request body is too large'));
    }
    if (status === 415) {
      return reply.code(415).send(body('unsupported_media_type', 'Send JSON'));
    }
    if (status === 400) {
      // Unparsable JSON, prototype-poisoning keys, an empty JSON body…: the body as a whole.
      const message = error.message || 'Bad request';
      return reply.code(400).send(body('invalid_body', message, { body: [message] }));
    }
    if (status > 400 && status < 500) {
      return reply.code(status).send(body('client_error', error.message || 'Bad request'));
    }
    // Only name, message and stack: a database error's `detail` can quote a failing row, and
    // personal data never reaches the logs.
    const { name, message, stack } = error;
    request.log.error({ err: { type: name, code: error.code, message, stack } }, 'request failed');
    return reply.code(500).send(body('internal', 'Something went wrong on the server'));
  });
}

/** 404 in the same shape; `pageFor` lets a front-end's own routes fall back to its page. */
export function installNotFoundHandler(
  app: FastifyInstance,
  pageFor: (method: string, path: string) => string | null,
): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const page = path.startsWith('/api/') ? null : pageFor(request.method, path);
    if (page) return reply.header('Cache-Control', 'no-cache').type('text/html').sendFile(page);
    return reply.code(404).send(body('not_found', `No route for ${request.method} ${path}`));
  });
}
