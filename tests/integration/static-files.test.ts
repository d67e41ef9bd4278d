import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/http-client';
import { startTestServer, type TestServer } from './support/test-server';

// Serving files does not touch the database: one run on SQLite is enough.
describe('serving the built kiosk and console', () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'showroom-dist-'));
    const files: Record<string, string> = {
      'kiosk/index.html': '<!doctype html><title>kiosk</title>',
      'kiosk/sw.js': 'self.addEventListener("fetch", () => {});',
      'admin/index.html': '<!doctype html><title>admin</title>',
      'admin/sw.js': '// console service worker',
      'assets/kiosk-3f9a1c.js': 'console.log("app")',
      'media/attract.webm': 'webm',
      '.env': 'SECRET=1',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), content);
    }
    server = await startTestServer('sqlite', { seed: false, distDir: dist });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves each app’s page at /kiosk/ and /admin/, revalidated on every load', async () => {
    const kiosk = await call(server.url, '/kiosk/');
    expect(kiosk.status).toBe(200);
    expect(kiosk.body).toContain('<title>kiosk</title>');
    expect(kiosk.headers.get('cache-control')).toBe('no-cache');
    expect(kiosk.headers.get('content-security-policy')).toContain("worker-src 'self'");
    const admin = await call(server.url, '/admin/');
    expect(admin.body).toContain('<title>admin</title>');
    const bare = await call(server.url, '/kiosk');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/kiosk/');
  });

  it('serves the service workers as JavaScript with no-cache', async () => {
    for (const path of ['/kiosk/sw.js', '/admin/sw.js']) {
      const reply = await call(server.url, path);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/javascript/);
      expect(reply.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('lets hashed assets be cached for good, and serves media', async () => {
    const asset = await call(server.url, '/assets/kiosk-3f9a1c.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await call(server.url, '/media/attract.webm')).status).toBe(200);
  });

  it('answers a console route with the console page and a missing file with 404', async () => {
    const route = await call(server.url, '/admin/orders');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>admin</title>');
    expect((await call(server.url, '/kiosk/missing.js')).status).toBe(404);
    expect((await call(server.url, '/.env')).status).toBe(404);
    const api = await call(server.url, '/api/missing');
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe('not_found');
  });
});
