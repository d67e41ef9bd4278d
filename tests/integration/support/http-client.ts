/** Plain fetch against the test server, the way a browser or a kiosk would call it. */
export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Sent as is (malformed JSON, a file); wins over `body`. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  cookie?: string;
  token?: string;
  headers?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely
export async function call<T = any>(
  base: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const payload =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(base + path, {
    method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
    headers,
    body: payload,
    redirect: 'manual',
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** Signs in and returns the `sid=…` cookie to send back. */
export async function signIn(base: string, login: string, password: string): Promise<string> {
  const reply = await call(base, '/api/auth/login', { body: { login, password } });
  if (reply.status !== 200)
    throw new Error(`sign-in of ${login} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  const setCookie = reply.headers.get('set-cookie') ?? '';
  const sid = /sid=([^;]+)/.exec(setCookie)?.[1];
  if (!sid) throw new Error('no sid cookie');
  return `sid=${sid}`;
}

export interface EnrolledKiosk {
  deviceId: string;
  storeId: string;
  token: string;
}

/** Enrols a kiosk into `storeId` the way HQ does it: a code, then the kiosk uses it. */
export async function enrolKiosk(
  base: string,
  hqCookie: string,
  storeId: string,
): Promise<EnrolledKiosk> {
  const code = await call(base, '/api/devices/enrolment-codes', {
    body: { storeId },
    cookie: hqCookie,
  });
  if (code.status !== 200)
    throw new Error(`enrolment code: ${code.status} ${JSON.stringify(code.body)}`);
  const enrolled = await call<EnrolledKiosk>(base, '/api/devices/enrol', {
    body: { code: code.body.code, label: `test kiosk ${storeId}` },
  });
  if (enrolled.status !== 200)
    throw new Error(`enrol: ${enrolled.status} ${JSON.stringify(enrolled.body)}`);
  return enrolled.body;
}
