/**
 * A small in-memory Cache API for node (which has none): enough of `CacheStorage` and `Cache`
 * for the kiosk's media store. Keys are URLs resolved against the kiosk's origin, as in a page.
 */
const origin = 'http://kiosk.test';
const urlOf = (request: RequestInfo | URL) =>
  new URL(
    typeof request === 'string' ? request : request instanceof URL ? request.href : request.url,
    origin,
  ).href;

class FakeCache {
  readonly entries = new Map<string, { body: ArrayBuffer; init: ResponseInit }>();

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const entry = this.entries.get(urlOf(request));
    return entry ? new Response(entry.body.slice(0), entry.init) : undefined;
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    if (response.status === 206)
      throw new TypeError('Partial response (status code 206) is unsupported');
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    this.entries.set(urlOf(request), {
      body: await response.arrayBuffer(),
      init: { status: response.status, headers },
    });
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(urlOf(request));
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();

  async open(name: string): Promise<FakeCache> {
    let cache = this.caches.get(name);
    if (!cache) {
      cache = new FakeCache();
      this.caches.set(name, cache);
    }
    return cache;
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  /** Cached paths (with their query) of one cache, sorted. */
  paths(name: string): string[] {
    const cache = this.caches.get(name);
    if (!cache) return [];
    return [...cache.entries.keys()].map((url) => url.slice(origin.length)).sort();
  }

  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}

/** A media server: path → body; a request that names no file is a 404. */
export function fakeMediaServer(files: Map<string, Uint8Array>) {
  const requests: { path: string; headers: Headers }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = urlOf(input).slice(origin.length);
    requests.push({ path, headers: new Headers(init?.headers) });
    const body = files.get(path);
    if (!body) return new Response('not found', { status: 404 });
    return new Response(body.slice(0), { status: 200, headers: { 'content-type': 'video/webm' } });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}
