import {
  ConfigError,
  credential,
  databaseSpec,
  localDefault,
  migrateSpec,
  optional,
  subgraphSpec,
  url,
  variablesOf,
  int,
  loadConfig,
  loadMigrateConfig,
  origins,
  platformSpec,
  secret,
  str,
} from './index';

describe('config', () => {
  it('applies local defaults', () => {
    const c = loadConfig(platformSpec, {});
    expect(c.natsUrl).toBe('nats://127.0.0.1:4223');
    expect(c.keycloakCells).toEqual([{ name: 'default', url: 'http://localhost:8080' }]);
  });

  it('names every bad variable at once', () => {
    const spec = { port: int('PORT', 4000, { min: 1, max: 65535 }), name: str('NAME') };
    try {
      loadConfig(spec, { PORT: 'abc' });
      throw new Error('expected failure');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toEqual([
        'PORT must be an integer in [1, 65535], got "abc"',
        'NAME is required',
      ]);
    }
  });

  it('takes browser origins exactly, never a wildcard, and none by default in production', () => {
    const spec = { o: origins('CORS_ORIGINS', ['http://localhost:4100']) };
    expect(loadConfig(spec, {}).o).toEqual(['http://localhost:4100']);
    expect(loadConfig(spec, { NODE_ENV: 'production' }).o).toEqual([]);
    expect(loadConfig(spec, { CORS_ORIGINS: 'https://a.example.com, http://127.0.0.1:4100' }).o).toEqual([
      'https://a.example.com',
      'http://127.0.0.1:4100',
    ]);
    for (const bad of [
      '*',
      'https://*.example.com',
      'https://a.example.com/',
      'a.example.com',
      'ftp://a.example.com',
    ])
      expect(() => loadConfig(spec, { CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS must list origins/);
  });

  it('refuses a missing secret in production', () => {
    const spec = { s: secret('INTERNAL_SECRET', 'dev') };
    expect(() => loadConfig(spec, { NODE_ENV: 'production' })).toThrow(
      /INTERNAL_SECRET is required in production/,
    );
    expect(loadConfig(spec, {}).s).toBe('dev');
  });

  it('parses several Keycloak cells', () => {
    const c = loadConfig(platformSpec, { KEYCLOAK_CELLS: 'a=http://kc-a:8080/,b=https://kc-b' });
    expect(c.keycloakCells).toEqual([
      { name: 'a', url: 'http://kc-a:8080' },
      { name: 'b', url: 'https://kc-b' },
    ]);
    expect(() => loadConfig(platformSpec, { KEYCLOAK_CELLS: 'nonsense' })).toThrow(/KEYCLOAK_CELLS/);
  });

  it('names databases by a prefix the test runner can change, or by the URL given', () => {
    expect(loadConfig(databaseSpec('billing'), {}).databaseUrl).toBe(
      'postgres://pm_app:pm_app@127.0.0.1:5432/pm_billing',
    );
    const test = loadConfig(databaseSpec('billing'), { DATABASE_NAME_PREFIX: 'pm_test_ab12cd_' });
    expect(test.relayDatabaseUrl).toBe('postgres://pm_relay:pm_relay@127.0.0.1:5432/pm_test_ab12cd_billing');
    expect(loadMigrateConfig('billing', { DATABASE_NAME_PREFIX: 'pm_test_ab12cd_' }).database).toBe(
      'pm_test_ab12cd_billing',
    );
    expect(
      loadMigrateConfig('billing', { DATABASE_URL: 'postgres://u:p@db:5432/bills?sslmode=require' }).database,
    ).toBe('bills');
  });

  it('keeps a laptop-only fallback out of production: the relay never dials 127.0.0.1 there', () => {
    const spec = { nats: localDefault(url('NATS_URL', 'nats://127.0.0.1:4223')) };
    expect(loadConfig(spec, {}).nats).toBe('nats://127.0.0.1:4223');
    expect(() => loadConfig(spec, { NODE_ENV: 'production' })).toThrow(/NATS_URL is required in production/);
    expect(() => loadConfig(subgraphSpec('billing', 4004), { NODE_ENV: 'production' })).toThrow(
      /RELAY_DATABASE_URL is required in production/,
    );
  });

  it('lists what a deployable reads: each variable once, secrets and production needs marked', () => {
    const vars = variablesOf({
      ...databaseSpec('billing'),
      key: optional(credential(str('S3_KEY'), 'AKIA')),
      again: localDefault(url('NATS_URL', 'nats://127.0.0.1:4223')),
      nats: url('NATS_URL', 'nats://127.0.0.1:4223'),
    });
    expect(vars).toEqual([
      {
        name: 'DATABASE_URL',
        secret: true,
        requiredInProduction: true,
        sample: expect.stringContaining('pm_billing'),
      },
      {
        name: 'RELAY_DATABASE_URL',
        secret: true,
        requiredInProduction: true,
        sample: expect.stringContaining('pm_relay'),
      },
      { name: 'S3_KEY', secret: true, requiredInProduction: false, sample: 'AKIA' },
      { name: 'NATS_URL', secret: false, requiredInProduction: true },
    ]);
    expect(
      variablesOf(migrateSpec)
        .filter((v) => v.secret)
        .map((v) => v.name),
    ).toEqual(['PG_ADMIN_URL', 'PG_APP_PASSWORD', 'PG_RELAY_PASSWORD', 'NATS_PASSWORD_PM_ADMIN']);
    // every sample loads
    const sampled = Object.fromEntries(vars.filter((v) => v.sample).map((v) => [v.name, v.sample]));
    expect(() => loadConfig(databaseSpec('billing'), { ...sampled, NODE_ENV: 'production' })).not.toThrow();
  });
});
