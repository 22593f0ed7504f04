import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { connect, createServer } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import { Client } from 'pg';
import { testDatabaseUrl, testNatsUrl } from '@pm/testing';
import {
  Company,
  Platform,
  createProperty,
  removeCompanies,
  signUpCompany,
  startPlatform,
  starter,
  until,
} from '@pm/testing/kit';
import { SERVICES } from '@pm/contracts';

/**
 * The backup and restore drill (deploy/local/drill.cjs, `npm run drill`) on this test run's
 * platform: a company with a property is in every database and stream; the drill dumps them,
 * restores into fresh databases and a fresh nats-server, and finds nothing lost — and it does
 * find a row or a message that went missing.
 */
jest.setTimeout(300_000);

const { drill, drillConfig } = require('../local/drill.cjs');
const accounts = require('../nats/accounts.cjs');

const prefix = process.env.DATABASE_NAME_PREFIX ?? 'pm_';
const dir = mkdtempSync(path.join(tmpdir(), 'pm-drill-'));
const config = () => ({
  ...drillConfig({ ...process.env, NATS_URL: testNatsUrl() }),
  adminUrl: testDatabaseUrl('tenancy').replace(/\/[^/]+$/, '/postgres'),
  prefix,
  dir: path.join(dir, 'dumps'),
});
const quiet = () => undefined;

let p: Platform;
let a: Company;
let nats: ChildProcess;
let freshNats: { url: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A fresh, empty nats-server with the platform's users (deploy/nats/accounts.cjs). */
async function startFreshNats() {
  const port = await freePort();
  const conf = path.join(dir, 'nats.conf');
  writeFileSync(
    conf,
    accounts.localServerConf({ port, storeDir: path.join(dir, 'nats-store'), name: 'pm-drill' }),
  );
  nats = spawn('nats-server', ['-c', conf], {
    env: { ...process.env, ...accounts.localPasswordEnv(process.env) },
    stdio: 'ignore',
  });
  await until('the fresh nats-server', () => fetchPort(port), 15_000);
  return {
    url: `nats://127.0.0.1:${port}`,
    stop: async () => {
      nats.kill('SIGTERM');
      await new Promise((r) => nats.once('exit', r));
    },
  };
}

const fetchPort = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

beforeAll(async () => {
  p = await startPlatform(
    {},
    SERVICES.filter((s) => s.name !== 'tenancy').map((s) => starter(s.name)),
  );
  a = await signUpCompany(p.gatewayUrl);
  const property = await createProperty(p.gatewayUrl, a.token, 'Drill Garden');
  // The property reached the other services through JetStream: data in every database.
  const tickets = new Client({ connectionString: testDatabaseUrl('tickets') });
  await tickets.connect();
  try {
    await until(
      'the property projection in tickets',
      async () => {
        const r = await tickets.query('select count(*)::int as n from tkt_properties where id = $1', [
          property,
        ]);
        return r.rows[0].n === 1;
      },
      120_000,
    );
  } finally {
    await tickets.end();
  }
});

afterAll(async () => {
  await removeCompanies([a]);
  await p?.stop();
  if (nats && nats.exitCode === null) nats.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  freshNats = await startFreshNats();
});
afterEach(async () => {
  await freshNats?.stop();
  rmSync(path.join(dir, 'nats-store'), { recursive: true, force: true });
});

it('dumps every database and stream, restores them fresh, and nothing is lost', async () => {
  const restorePrefix = `${prefix}drill_`;
  const report = await drill(config(), { restorePrefix, freshNats, keep: true, log: quiet });
  try {
    expect(report.problems).toEqual([]);
    expect(Object.keys(report.databases).sort()).toEqual([
      'appraisal',
      'billing',
      'customers',
      'tenancy',
      'tickets',
      'webhooks',
    ]);
    for (const d of Object.values(report.databases) as { rows: number }[]) expect(d.rows).toBeGreaterThan(0);
    expect(report.streams.PM_TENANCY.messages).toBeGreaterThan(0);
    expect(report.streams.PM_TENANCY.consumers).toBeGreaterThan(0);
    // The restored copy really holds the company, read through RLS as pm_app (SET ROLE: the
    // owner's connection, as the machine's PostgreSQL is shared by parallel test runs).
    const restored = new Client({
      connectionString: testDatabaseUrl('tenancy').replace(/\/[^/]+$/, `/${restorePrefix}tenancy`),
    });
    await restored.connect();
    await restored.query('begin');
    await restored.query('set local role pm_app');
    const none = await restored.query(`select count(*)::int as n from properties`);
    await restored.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
    const props = await restored.query(`select name from properties`);
    await restored.query('commit');
    await restored.end();
    expect(none.rows[0].n).toBe(0);
    expect(props.rows.map((r) => r.name)).toEqual(['Drill Garden']);
  } finally {
    const admin = new Client({ connectionString: config().adminUrl });
    await admin.connect();
    for (const s of Object.keys(report.databases))
      await admin.query(`drop database if exists "${restorePrefix}${s}" with (force)`);
    await admin.end();
  }
});

it('finds a row or a message lost on the way', async () => {
  const report = await drill(config(), {
    restorePrefix: `${prefix}drill2_`,
    freshNats,
    log: quiet,
    tamper: {
      async afterRestore(service: string, url: string) {
        if (service !== 'tickets') return;
        const c = new Client({ connectionString: url });
        await c.connect();
        await c.query('delete from tkt_properties where id = (select id from tkt_properties limit 1)');
        await c.end();
      },
      async afterStreams(jsm: {
        streams: { deleteMessage(s: string, seq: number): Promise<boolean>; info(s: string): Promise<any> };
      }) {
        // prettier-ignore
        const info = await jsm.streams.info('PM_TENANCY');
        await jsm.streams.deleteMessage('PM_TENANCY', info.state.last_seq);
      },
    },
  });
  expect(report.problems.join('\n')).toMatch(/tickets: table public\.tkt_properties differs/);
  expect(report.problems.join('\n')).toMatch(/stream PM_TENANCY: \d+ messages, dumped \d+/);
});
