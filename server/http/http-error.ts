/** A 4xx the client should see as is: `{ error: { code, message, fields? } }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const unauthorized = (message = 'Sign in first') =>
  new HttpError(401, 'unauthorized', message);

export const forbidden = (message = 'Not allowed for your role or store') =>
  new HttpError(403, 'forbidden', message);

export const notFound = (code: string, message: string) => new HttpError(404, code, message);
