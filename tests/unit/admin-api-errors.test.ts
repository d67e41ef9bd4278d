import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from '../../admin/api/api-error';
import { describeError, describeSignInError } from '../../admin/api/describe-error';
import { translatorFor } from '../../admin/i18n/messages';

const zh = translatorFor('zh');
const en = translatorFor('en');

describe('apiErrorFromResponse', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [429, 'rateLimited'],
    [400, 'invalid'],
    [409, 'invalid'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('classifies status %i as %s', (status, kind) => {
    expect(apiErrorFromResponse(status, undefined).kind).toBe(kind);
  });

  it('keeps the code, message and fields of a body in the shared error shape', () => {
    const error = apiErrorFromResponse(400, {
      error: { code: 'invalid_query', message: 'Invalid query', fields: { to: ['Too small'] } },
    });
    expect(error).toEqual({
      kind: 'invalid',
      status: 400,
      code: 'invalid_query',
      message: 'Invalid query',
      fields: { to: ['Too small'] },
    });
  });

  it('ignores a body that does not have the shared error shape', () => {
    const error = apiErrorFromResponse(400, { message: 'something else' });
    expect(error.code).toBeNull();
    expect(error.message).toBeNull();
    expect(error.fields).toEqual({});
  });

  it('does not pass on what a 5xx body says', () => {
    const error = apiErrorFromResponse(500, {
      error: { code: 'internal', message: 'stack trace here' },
    });
    expect(error.message).toBeNull();
    expect(error.kind).toBe('server');
  });
});

describe('describeError', () => {
  it('writes a sentence for each kind, in the chosen language', () => {
    const offline = apiErrorFromResponse(403, undefined);
    expect(describeError(offline, zh)).toBe('您没有查看这些数据的权限');
    expect(describeError(offline, en)).toBe('You do not have permission to see this data');
  });

  it('names the status of a server error', () => {
    expect(describeError(apiErrorFromResponse(502, undefined), en)).toContain('(502)');
  });

  it("quotes the server's message and the first field problem of a 400", () => {
    const error = apiErrorFromResponse(400, {
      error: { code: 'invalid_query', message: 'Invalid query', fields: { from: ['Too big'] } },
    });
    expect(describeError(error, en)).toBe(
      'The request was not accepted: Invalid query (from: Too big)',
    );
  });
});

describe('describeSignInError', () => {
  it('says the login or password is wrong on a 401, not that a session ended', () => {
    const error = apiErrorFromResponse(401, {
      error: { code: 'invalid_credentials', message: 'Wrong login or password' },
    });
    expect(describeSignInError(error, zh)).toBe('账号或密码不正确');
    expect(describeSignInError(error, en)).toBe('The login or password is not correct');
  });

  it('asks to wait after too many attempts', () => {
    expect(describeSignInError(apiErrorFromResponse(429, undefined), zh)).toBe(
      '尝试次数过多，请稍后再试。',
    );
  });

  it('falls back to the general sentence for other failures', () => {
    expect(describeSignInError(apiErrorFromResponse(500, undefined), zh)).toContain('服务器出错了');
  });
});
