import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from './support/http-client';

const root = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'showroom-main-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
}

function runMain(env: Record<string, string>): Run {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DEMO: '',
      ADMIN_LOGIN: '',
      ADMIN_PASSWORD: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

async function waitFor(predicate: () => boolean, run: Run, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out; output:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('server/main.ts as `npm start` runs it', () => {
  it('migrates, seeds the full demo on SQLite, prints URLs and logins, and stops cleanly on SIGTERM', async () => {
    const run = runMain({ DATA_DIR: freshDataDir(), PORT: '0' });
    await waitFor(() => /Console: http:\/\/localhost:\d+\/admin\//.test(run.output()), run);
    const output = run.output();
    const seeded =
      /Seeded the demo in (\d+) ms: 5 stores, 1219 handsets, (\d+) numbers, (\d+) orders/.exec(
        output,
      );
    expect(seeded, output).not.toBeNull();
    expect(Number(seeded?.[1])).toBeGreaterThan(0);
    expect(Number(seeded?.[3])).toBeGreaterThanOrEqual(2000);
    expect(output).toContain('HQ:      hq / showroom-hq');
    expect(output).toContain('bj-xidan-manager / showroom-manager');
    expect(output).toContain('bj-xidan-clerk1 / showroom-clerk');
    const port = /localhost:(\d+)\/kiosk\//.exec(output)?.[1];

    const health = await call(`http://127.0.0.1:${port}`, '/api/health');
    expect(health.body).toEqual({ ok: true, db: 'sqlite', version: '0.1.0' });
    const code = await call(`http://127.0.0.1:${port}`, '/api/devices/demo-enrolment');
    expect(code.status).toBe(200);

    expect(await run.stop()).toBe(0);
  });

  it('starts again on the same data without seeding twice', async () => {
    const dataDir = freshDataDir();
    const first = runMain({ DATA_DIR: dataDir, PORT: '0' });
    await waitFor(() => first.output().includes('Console:'), first);
    expect(await first.stop()).toBe(0);
    const second = runMain({ DATA_DIR: dataDir, PORT: '0' });
    await waitFor(() => second.output().includes('Console:'), second);
    expect(second.output()).not.toContain('Seeded the demo');
    expect(await second.stop()).toBe(0);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ DEMO: 'yes' }, /DEMO: must be 0 or 1/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL/],
    [{ ADMIN_LOGIN: 'boss' }, /ADMIN_PASSWORD: set both/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('refuses to start with a bad setting %o, saying which', async (env, message) => {
    const run = runMain({ DATA_DIR: freshDataDir(), ...env });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Invalid configuration/);
    expect(run.output()).toMatch(message);
  });

  it('exits non-zero when the database cannot be reached', async () => {
    const run = runMain({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Cannot open the database/);
  });

  it('exits non-zero when a migration fails', async () => {
    const dataDir = freshDataDir();
    // A table in the way of the first migration, as a half-restored backup might leave.
    const sqlite = new SqliteDatabase(join(dataDir, 'showroom.sqlite'));
    sqlite.exec('create table stores (something text)');
    sqlite.close();
    const run = runMain({ DATA_DIR: dataDir, PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Migration 001-people-and-devices failed/);
  });
});
