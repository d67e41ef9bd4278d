import { join, resolve } from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    /** PostgreSQL schema to keep the tables in (created if missing); default: the search_path's first. */
    PG_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
      .optional(),
    DEMO: z.enum(['0', '1'], 'must be 0 or 1').optional(),
    ADMIN_LOGIN: z.string().trim().min(1).max(64).optional(),
    ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(200).optional(),
    LOG_LEVEL: z.enum(logLevels, `must be one of ${logLevels.join(', ')}`).default('info'),
    /** 1 behind a reverse proxy, so client IPs (rate limits) and https come from its headers. */
    TRUST_PROXY: z.enum(['0', '1'], 'must be 0 or 1').default('0'),
  })
  .refine((env) => (env.ADMIN_LOGIN === undefined) === (env.ADMIN_PASSWORD === undefined), {
    message: 'set both ADMIN_LOGIN and ADMIN_PASSWORD, or neither',
    path: ['ADMIN_PASSWORD'],
  });

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  pgSchema: string | undefined;
  /** Used when there is no DATABASE_URL. */
  sqliteFile: string;
  demo: boolean;
  /** The first HQ user; in demo mode it defaults to hq / showroom-hq. */
  admin: { login: string; password: string } | null;
  logLevel: (typeof logLevels)[number];
  trustProxy: boolean;
}

export const demoAdmin = { login: 'hq', password: 'showroom-hq' } as const;

export class ConfigError extends Error {}

/** Reads the environment; an unset or empty variable takes its default, a bad one stops the start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  const demo = (values.DEMO ?? (values.DATABASE_URL ? '0' : '1')) === '1';
  const admin =
    values.ADMIN_LOGIN && values.ADMIN_PASSWORD
      ? { login: values.ADMIN_LOGIN, password: values.ADMIN_PASSWORD }
      : demo
        ? { ...demoAdmin }
        : null;
  const dataDir = resolve(values.DATA_DIR);
  return {
    port: values.PORT,
    dataDir,
    databaseUrl: values.DATABASE_URL,
    pgSchema: values.PG_SCHEMA,
    sqliteFile: join(dataDir, 'showroom.sqlite'),
    demo,
    admin,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY === '1',
  };
}
