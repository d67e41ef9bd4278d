import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createDb, type DbHandle } from '../../../server/db/create-db';
import { migrateToLatest } from '../../../server/db/migrate';
import type { Database } from '../../../server/db/schema';
import { seedDemo, type DemoSize } from '../../../server/seed/seed-demo';
import { admin, postgresUrl, type DbKind } from './test-server';

const root = resolve(import.meta.dirname, '../../..');

/**
 * The real `server/main.ts` as a separate process over a database this test prepared, so it
 * can be killed with SIGKILL mid-batch (a power cut) and started again on the same data.
 */
export interface ServerProcess {
  kind: DbKind;
  url: string;
  /** The test's own connection to the same database, for checks. */
  db: Kysely<Database>;
  /** How many times the process was killed with SIGKILL. */
  kills: number;
  kill(): Promise<void>;
  /** True while the server process has a write transaction open (a batch half applied). */
  writeInProgress(): Promise<boolean>;
  /** Starts again on the same port and database; resolves once healthy. */
  restart(): Promise<void>;
  output(): string;
  /** What a failing test should print: the process's log and, on PostgreSQL, who holds locks. */
  diagnose(): Promise<string>;
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

interface PreparedDatabase {
  handle: DbHandle;
  env: Record<string, string>;
  /** Whether the process `pid` has a write transaction open right now. */
  writing(pid: number): Promise<boolean>;
  cleanup(): Promise<void>;
}

/**
 * A fresh SQLite data directory, or a fresh PostgreSQL schema reached by `main.ts` through
 * the connection string's `options=-c search_path=…` (main.ts has no schema setting of its own).
 */
async function prepareDatabase(kind: DbKind, size: Partial<DemoSize>): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'showroom-fault-'));
    const file = join(dataDir, 'showroom.sqlite');
    const handle = await createDb({ sqliteFile: file });
    let probe: SqliteDatabase.Database | null = null;
    prepared = {
      handle,
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      writing: async () => {
        probe ??= new SqliteDatabase(file, { timeout: 0 });
        return sqliteWriterActive(probe);
      },
      cleanup: async () => {
        probe?.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } else {
    const schema = `fault_${randomBytes(6).toString('hex')}`;
    const handle = await createDb({ url: postgresUrl, pgSchema: schema });
    prepared = {
      handle,
      env: { DATABASE_URL: postgresUrl, PG_SCHEMA: schema, DATA_DIR: tmpdir() },
      writing: (pid) => postgresWriterActive(handle, pid),
      cleanup: () => dropSchema(schema),
    };
  }
  await migrateToLatest(prepared.handle.db);
  await seedDemo(prepared.handle.db, {
    adminLogin: admin.login,
    adminPassword: admin.password,
    size,
  });
  return prepared;
}

/** Another connection holds SQLite's write lock exactly when BEGIN IMMEDIATE is refused. */
function sqliteWriterActive(probe: SqliteDatabase.Database): boolean {
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
}

/**
 * The process's own PostgreSQL sessions (found by the local ports of its sockets to 5432)
 * that hold a transaction id: they have written and not yet committed.
 */
async function postgresWriterActive(handle: DbHandle, pid: number): Promise<boolean> {
  const ports = socketPortsOf(pid, Number(new URL(postgresUrl).port || 5432));
  if (ports.length === 0) return false;
  const { rows } = await sql<{ writers: number }>`
    select count(*)::int as writers from pg_stat_activity
    where client_port in (${sql.join(ports)}) and backend_xid is not null`.execute(handle.db);
  return (rows[0]?.writers ?? 0) > 0;
}

/** Local ports of the TCP connections process `pid` has open to `remotePort` (Linux /proc). */
function socketPortsOf(pid: number, remotePort: number): number[] {
  let inodes: Set<string>;
  try {
    inodes = new Set(
      readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
        try {
          const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
          return /^socket:\[(\d+)\]$/.exec(target)?.slice(1) ?? [];
        } catch {
          return [];
        }
      }),
    );
  } catch {
    return [];
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, remote, inode] = [fields[1], fields[2], fields[9]];
      if (!local || !remote || !inode || !inodes.has(inode)) continue;
      if (parseInt(remote.split(':')[1] ?? '', 16) !== remotePort) continue;
      ports.push(parseInt(local.split(':')[1] ?? '', 16));
    }
  }
  return ports;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/** Seeds a demo of `size` into a fresh database of `kind`, then starts main.ts over it. */
export async function startServerProcess(
  kind: DbKind,
  size: Partial<DemoSize>,
): Promise<ServerProcess> {
  const prepared = await prepareDatabase(kind, size);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let log = '';
  let kills = 0;

  const launch = async () => {
    log = '';
    const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        // The demo is seeded already; DEMO=0 keeps main.ts from offering demo enrolment.
        DEMO: '0',
        ADMIN_LOGIN: '',
        ADMIN_PASSWORD: '',
        LOG_LEVEL: 'warn',
        ...prepared.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitForHealth(url, started, () => log);
  };

  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((done) => {
      running.once('exit', () => done());
      running.kill('SIGKILL');
    });
    kills += 1;
  };

  try {
    await launch();
  } catch (error) {
    await kill();
    await prepared.handle.close();
    await prepared.cleanup();
    throw error;
  }
  return {
    kind,
    url,
    db: prepared.handle.db,
    get kills() {
      return kills;
    },
    kill,
    writeInProgress: async () => {
      const pid = child?.exitCode === null ? child.pid : undefined;
      return pid === undefined ? false : prepared.writing(pid);
    },
    restart: launch,
    output: () => log,
    diagnose: async () => {
      let locks = '';
      if (kind === 'postgres') {
        const { rows } = await sql<Record<string, unknown>>`
          select a.pid, a.state, a.wait_event_type, a.wait_event,
            extract(epoch from now() - a.xact_start)::int as xact_seconds,
            left(a.query, 120) as query, l.locktype, l.granted
          from pg_stat_activity a left join pg_locks l
            on l.pid = a.pid and l.locktype in ('advisory', 'transactionid')
          where a.datname = current_database() and a.pid <> pg_backend_pid()
            and a.xact_start is not null`.execute(prepared.handle.db);
        locks = rows.map((row) => JSON.stringify(row)).join('\n');
      }
      const current = child as ChildProcess | null;
      const state =
        current?.exitCode === null && current.signalCode === null
          ? `running (pid ${current.pid})`
          : `exited (code ${current?.exitCode}, signal ${current?.signalCode})`;
      return `server process ${state} after ${kills} SIGKILL(s); log (last 4000 chars):\n${log.slice(-4000)}\nopen transactions:\n${locks}`;
    },
    dispose: async () => {
      await kill();
      await prepared.handle.close();
      await prepared.cleanup();
    },
  };
}
