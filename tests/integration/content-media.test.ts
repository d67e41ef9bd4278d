import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersionSchema } from '../../shared';
import {
  experienceIds,
  experienceOf,
  lastSeq,
  makeMediaRoot,
  pullAll,
} from './support/content-fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

// The smallest PNG there is: one transparent pixel.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const bodyLimit = 4096;

describe.each(dbKinds)('uploading media on %s', (kind) => {
  const media = makeMediaRoot();
  const uploadRoot = mkdtempSync(join(tmpdir(), 'showroom-uploads-'));
  let server: TestServer;
  let hq: string;
  let manager: string;
  let kiosk: EnrolledKiosk;
  beforeAll(async () => {
    server = await startTestServer(kind, {
      mediaRoots: [media.root],
      uploadRoot,
      mediaBodyLimit: bodyLimit,
      publishIntervalMs: 0,
    });
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    manager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    kiosk = await enrolKiosk(server.url, hq, 'bj-xidan');
  });
  afterAll(async () => {
    await server?.close();
    media.remove();
    rmSync(uploadRoot, { recursive: true, force: true });
  });

  const upload = async (name: string, bytes: Buffer, type: string, cookie = hq) => {
    const response = await fetch(`${server.url}/api/content/media/${name}`, {
      method: 'PUT',
      headers: { 'content-type': type, cookie },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: await response.json() };
  };
  const uploaded = () => readdirSync(join(uploadRoot, 'media'));

  it('stores a new file, lists it with its hash, and serves the same bytes', async () => {
    const reply = await upload('spring-shelf.png', png, 'image/png');
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      path: '/media/spring-shelf.png',
      bytes: png.length,
      sha256: sha256(png),
      contentType: 'image/png',
      usedBy: [],
    });
    const listed = await call(server.url, '/api/content/media', { cookie: hq });
    expect(listed.status).toBe(200);
    expect(listed.body.files).toContainEqual(reply.body);
    // The test root's own files are listed too.
    expect(listed.body.files.map((f: { path: string }) => f.path)).toContain(
      '/media/spring-promo.webm',
    );
    const served = await fetch(`${server.url}/media/spring-shelf.png`);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toBe('no-cache');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const part = await fetch(`${server.url}/media/spring-shelf.png`, {
      headers: { range: 'bytes=0-3' },
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(png.subarray(0, 4))).toBe(true);
    const audited = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'content.media_uploaded')
      .execute();
    expect(audited.map((row) => row.target)).toEqual(['media:/media/spring-shelf.png']);
  });

  it('publishes an experience with an uploaded clip, the marker naming its hash', async () => {
    expect((await upload('spring-demo.webm', webm, 'video/webm')).status).toBe(201);
    const experience = await experienceOf(server.db, (await experienceIds(server.db))[0]!);
    const since = await lastSeq(server.db);
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'New clip',
        storeIds: null,
        changes: [
          {
            entity: 'experience',
            key: experience.id,
            op: 'put',
            data: { ...experience, media: '/media/spring-demo.webm' },
          },
        ],
      },
    });
    expect(reply.status).toBe(200);
    const pulled = await pullAll(server.url, kiosk.token, since);
    const marker = contentVersionSchema.parse(pulled.at(-1)?.data);
    expect(marker.media).toContainEqual({
      path: '/media/spring-demo.webm',
      sha256: sha256(webm),
      bytes: webm.length,
    });
    const listed = await call(server.url, '/api/content/media', { cookie: hq });
    const clip = listed.body.files.find(
      (f: { path: string }) => f.path === '/media/spring-demo.webm',
    );
    expect(clip.usedBy).toEqual([experience.id]);
  });

  it('never replaces a file, uploaded or shipped', async () => {
    expect((await upload('spring-shelf.png', webm, 'image/png')).body.error.code).toBe(
      'media_exists',
    );
    const shipped = await upload('spring-promo.webm', webm, 'video/webm');
    expect(shipped.status).toBe(409);
    expect(existsSync(join(uploadRoot, 'media', 'spring-promo.webm'))).toBe(false);
  });

  it.each([
    ['..%2Fx.webm', 'video/webm'],
    ['a%2Fb.png', 'image/png'],
    ['.htaccess', 'image/png'],
    ['Upper.png', 'image/png'],
    ['caf%C3%A9.png', 'image/png'],
    ['x.svg', 'image/svg+xml'],
    ['clip.webm', 'image/png'],
    ['clip.png', 'application/json'],
  ])('refuses %s sent as %s and writes nothing', async (name, type) => {
    const before = uploaded();
    const reply = await upload(name, png, type);
    expect([400, 404, 415]).toContain(reply.status);
    expect(uploaded()).toEqual(before);
  });

  it('refuses a file over the limit and an empty one', async () => {
    const before = uploaded();
    expect((await upload('huge.png', Buffer.alloc(bodyLimit + 1), 'image/png')).status).toBe(413);
    expect((await upload('empty.png', Buffer.alloc(0), 'image/png')).status).toBe(400);
    expect(uploaded()).toEqual(before);
  });

  it('lets only HQ list or upload', async () => {
    expect((await upload('by-manager.png', png, 'image/png', manager)).status).toBe(403);
    expect((await call(server.url, '/api/content/media', { cookie: manager })).status).toBe(403);
    expect(existsSync(join(uploadRoot, 'media', 'by-manager.png'))).toBe(false);
  });
});
