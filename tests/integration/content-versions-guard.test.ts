import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experienceIds, experienceOf, handsetOf, makeMediaRoot } from './support/content-fixtures';
import { countRows } from './support/fixtures';
import { call, enrolKiosk, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('guarding content publishing on %s', (kind) => {
  const media = makeMediaRoot();
  let server: TestServer;
  let hq: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { mediaRoots: [media.root], publishIntervalMs: 0 });
    hq = await signIn(server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => {
    await server?.close();
    media.remove();
  });

  const publish = (body: unknown, cookie = hq) =>
    call(server.url, '/api/content/versions', { cookie, body });

  it('refuses bad and hostile bodies with 400 and writes nothing', async () => {
    const handset = await handsetOf(server.db);
    const [first] = await experienceIds(server.db);
    const experience = await experienceOf(server.db, first!);
    const zoneWithExperiences = experience.zoneId;
    const put = { entity: 'handset', key: handset.id, op: 'put', data: handset };
    const valid = { note: 'ok', storeIds: null, changes: [put] };
    const bodies: [string, unknown, RegExp][] = [
      ['no note', { storeIds: null, changes: [put] }, /^note$/],
      ['a blank note', { ...valid, note: '   ' }, /^note$/],
      ['a note too long', { ...valid, note: 'n'.repeat(201) }, /^note$/],
      ['storeIds missing', { note: 'x', changes: [put] }, /^storeIds$/],
      ['no stores chosen', { ...valid, storeIds: [] }, /^storeIds$/],
      ['a store twice', { ...valid, storeIds: ['bj-xidan', 'bj-xidan'] }, /^storeIds$/],
      ['an unknown store', { ...valid, storeIds: ['bj-xidan', 'nowhere'] }, /^storeIds\.1$/],
      ['a store id with markup', { ...valid, storeIds: ['<script>'] }, /^storeIds\.0$/],
      ['publishAt as words', { ...valid, publishAt: 'tomorrow' }, /^publishAt$/],
      ['publishAt negative', { ...valid, publishAt: -1 }, /^publishAt$/],
      ['changes not a list', { ...valid, changes: { 0: put } }, /^changes$/],
      ['too many changes', { ...valid, changes: Array(5001).fill(put) }, /^changes$/],
      [
        'an entity that is not content',
        { ...valid, changes: [{ ...put, entity: 'number' }] },
        /^changes\.0/,
      ],
      [
        'a version marker smuggled in',
        { ...valid, changes: [{ ...put, entity: 'version' }] },
        /^changes\.0/,
      ],
      ['a put without data', { ...valid, changes: [{ ...put, data: null }] }, /^changes\.0\.data$/],
      [
        'a key that is not the id',
        { ...valid, changes: [{ ...put, key: 'other' }] },
        /^changes\.0\.data\.id$/,
      ],
      [
        'a delete with data',
        { ...valid, changes: [{ ...put, op: 'delete' }] },
        /^changes\.0\.data$/,
      ],
      ['an unknown op', { ...valid, changes: [{ ...put, op: 'merge' }] }, /^changes\.0\.op$/],
      ['the same key twice', { ...valid, changes: [put, put] }, /^changes\.1\.key$/],
      [
        'a negative price',
        { ...valid, changes: [{ ...put, data: { ...handset, priceFen: -1 } }] },
        /^changes\.0\.data\.priceFen$/,
      ],
      [
        'media outside /media/',
        {
          ...valid,
          changes: [
            {
              entity: 'experience',
              key: experience.id,
              op: 'put',
              data: { ...experience, media: 'https://evil.example/x.webm' },
            },
          ],
        },
        /^changes\.0\.data\.media$/,
      ],
      [
        'media climbing out with ..',
        {
          ...valid,
          changes: [
            {
              entity: 'experience',
              key: experience.id,
              op: 'put',
              data: { ...experience, media: '/media/../../etc/passwd' },
            },
          ],
        },
        /^changes\.0\.data\.media$/,
      ],
      [
        'media with no file behind it',
        {
          ...valid,
          changes: [
            {
              entity: 'experience',
              key: experience.id,
              op: 'put',
              data: { ...experience, media: '/media/missing.webm' },
            },
          ],
        },
        /^changes\.0\.data\.media$/,
      ],
      [
        'an experience in a zone that does not exist',
        {
          ...valid,
          changes: [
            {
              entity: 'experience',
              key: experience.id,
              op: 'put',
              data: { ...experience, zoneId: 'zone-nowhere' },
            },
          ],
        },
        /^changes\.0\.data\.zoneId$/,
      ],
      [
        'an experience naming unknown handsets',
        {
          ...valid,
          changes: [
            {
              entity: 'experience',
              key: experience.id,
              op: 'put',
              data: { ...experience, handsetIds: ['no-such-phone'] },
            },
          ],
        },
        /^changes\.0\.data\.handsetIds$/,
      ],
      [
        'a zone deleted while its experiences stay',
        { ...valid, changes: [{ entity: 'zone', key: zoneWithExperiences, op: 'delete' }] },
        /^changes\.0\.key$/,
      ],
      [
        'a store deleted',
        { ...valid, changes: [{ entity: 'store', key: 'bj-xidan', op: 'delete' }] },
        /^changes\.0\.op$/,
      ],
      [
        'a store changed for some stores only',
        {
          ...valid,
          storeIds: ['bj-xidan'],
          changes: [
            {
              entity: 'store',
              key: 'bj-xidan',
              op: 'put',
              data: {
                id: 'bj-xidan',
                name: 'X',
                city: 'Beijing',
                district: 'Xicheng',
                type: 'own',
              },
            },
          ],
        },
        /^changes\.0\.entity$/,
      ],
    ];
    const before = await countRows(server.db);
    for (const [name, body, field] of bodies) {
      const reply = await publish(body);
      expect(reply.status, name).toBe(400);
      expect(reply.body.error.code, name).toBe('invalid_body');
      expect(
        Object.keys(reply.body.error.fields ?? {}).some((path) => field.test(path)),
        name,
      ).toBe(true);
    }
    const poisoned = await call(server.url, '/api/content/versions', {
      cookie: hq,
      rawBody: `{"__proto__":{"isAdmin":true},"note":"x","storeIds":null,"changes":[]}`,
    });
    expect(poisoned.status).toBe(400);
    const broken = await call(server.url, '/api/content/versions', {
      cookie: hq,
      rawBody: '{"note": ',
    });
    expect(broken.status).toBe(400);
    expect(await countRows(server.db)).toEqual(before);
  });

  it('refuses a body over 4 MiB with 413', async () => {
    const reply = await publish({ note: 'x'.repeat(5 * 1024 * 1024), storeIds: null, changes: [] });
    expect(reply.status).toBe(413);
  });

  it('lets only HQ publish or list versions: 403 for managers and clerks, 401 for kiosks', async () => {
    const handset = await handsetOf(server.db);
    const body = {
      note: 'Not yours',
      storeIds: null,
      changes: [
        { entity: 'handset', key: handset.id, op: 'put', data: { ...handset, priceFen: 1 } },
      ],
    };
    const before = await countRows(server.db);
    const manager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    const clerk = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
    for (const cookie of [manager, clerk]) {
      const posted = await publish(body, cookie);
      expect(posted.status).toBe(403);
      expect(posted.body.error.code).toBe('forbidden');
      expect((await call(server.url, '/api/content/versions', { cookie })).status).toBe(403);
    }
    // Refused before the body is read: a manager's invalid body is still a 403.
    expect((await publish({ nonsense: true }, manager)).status).toBe(403);
    const kiosk = await enrolKiosk(server.url, hq, 'bj-xidan');
    const asKiosk = await call(server.url, '/api/content/versions', { token: kiosk.token, body });
    expect(asKiosk.status).toBe(401);
    expect((await call(server.url, '/api/content/versions', { body })).status).toBe(401);
    expect((await call(server.url, '/api/content/versions')).status).toBe(401);
    const counts = await countRows(server.db);
    // Only the kiosk's enrolment (device, code) changed anything.
    expect({ ...counts, devices: 0, enrolment_codes: 0, sessions: 0 }).toEqual({
      ...before,
      devices: 0,
      enrolment_codes: 0,
      sessions: 0,
    });

    const listed = await call(server.url, '/api/content/versions?limit=5', { cookie: hq });
    expect(listed.status).toBe(200);
    expect(listed.body.versions.length).toBeGreaterThan(0);
    expect(listed.body.versions.length).toBeLessThanOrEqual(5);
  });
});
