import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('runs a demo on SQLite in ./data on port 8080 with no settings at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      demo: true,
      databaseUrl: undefined,
      logLevel: 'info',
    });
    expect(config.sqliteFile).toMatch(/data[\\/]showroom\.sqlite$/);
    expect(config.admin).toEqual({ login: 'hq', password: 'showroom-hq' });
  });

  it('turns the demo off by default on PostgreSQL and has no admin unless told', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/showroom' });
    expect(config.demo).toBe(false);
    expect(config.admin).toBeNull();
  });

  it('takes the first HQ user and explicit demo flag from the environment', () => {
    const config = loadConfig({
      DEMO: '1',
      DATABASE_URL: 'postgresql://db/x',
      ADMIN_LOGIN: 'boss',
      ADMIN_PASSWORD: 'long-enough',
    });
    expect(config.demo).toBe(true);
    expect(config.admin).toEqual({ login: 'boss', password: 'long-enough' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DEMO: '' }).port).toBe(8080);
  });

  it.each([
    [{ PORT: '99999' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ DEMO: 'true' }, 'DEMO'],
    [{ DATABASE_URL: 'sqlite://x' }, 'DATABASE_URL'],
    [{ ADMIN_PASSWORD: 'short', ADMIN_LOGIN: 'a' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_LOGIN: 'only-login' }, 'ADMIN_PASSWORD'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
  ])('stops on %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });
});
