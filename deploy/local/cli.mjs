#!/usr/bin/env node
// `npm start`, `npm stop`, `npm test`: one entry point for running the platform locally.
import { spawn, spawnSync } from 'child_process';
import { createRequire } from 'module';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  rmSync,
} from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { CONSOLE, GATEWAY, SERVICES } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const stateDir = process.env.PM_STATE_DIR ?? path.join(root, '.pm-local');
const appsFile = path.join(stateDir, 'apps.json');
const log = (m) => console.log(m);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

async function timed(name, fn) {
  const { step } = await import('./infra.mjs');
  const done = step(log, name);
  try {
    const r = await fn();
    done();
    return r;
  } catch (e) {
    done.fail(e);
    throw e;
  }
}

async function install() {
  if (existsSync(path.join(root, 'node_modules/.package-lock.json'))) return;
  await timed('installing dependencies (npm ci)', () => run('npm', ['ci', '--no-audit', '--no-fund']));
}

const consoleDir = path.join(root, 'web/console');

/** Newest modification time under a directory (the console's sources). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

async function build() {
  await timed('building (tsc -b)', () => run('npx', ['tsc', '-b']));
  // Vite's build takes a while on a small machine: only when a source is newer than the last build.
  const built = path.join(consoleDir, 'dist/index.html');
  const sources = Math.max(
    newest(path.join(consoleDir, 'src')),
    statSync(path.join(consoleDir, 'index.html')).mtimeMs,
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources)
    await timed('building the console (vite)', () =>
      run('npm', ['run', 'build', '--silent', '-w', 'web/console'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
}

async function migrate(env = process.env) {
  for (const s of SERVICES)
    await timed(`migrating ${s.name}`, () =>
      run(process.execPath, [s.migrate], { stdio: ['ignore', 'ignore', 'inherit'], env }),
    );
}

/**
 * `cli.mjs migrate`, also the deployments' migrate job (compose, Helm hook): the databases, then
 * the streams, as the operator user, before any service starts and waits for them.
 */
async function migrateJob() {
  await migrate();
  const c = toolConfig('migrateSpec');
  const { provisionStreams } = await import('../nats/streams.mjs');
  await timed('JetStream streams', () => provisionStreams({ url: c.natsUrl, pass: c.natsAdminPassword }));
}

/** The JetStream streams, created by the tooling as the operator (services only check for them). */
async function streams(url) {
  const { provisionStreams } = await import('../nats/streams.mjs');
  await timed('JetStream streams', () => provisionStreams(url ? { url } : {}));
}

async function prepare() {
  await install();
  await build();
  const { ensureDocumentFonts, ensureInfra } = await import('./infra.mjs');
  await ensureDocumentFonts({ log });
  const { started } = await ensureInfra({ log });
  await streams();
  await migrate();
  return started;
}

const adminUrl = () => process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The test run's databases and NATS server (see test-run.mjs), migrated and ready; returns the
 * environment jest runs with and how to remove it all again.
 */
async function prepareTestRun() {
  await install();
  await build();
  const { ensureBrowser, ensureInfra, ensurePromtool, startPrivateMailCatcher, startPrivateNats } =
    await import('./infra.mjs');
  const { testDatabasePrefix, dropTestDatabases } = await import('./test-run.mjs');
  // The test run has NATS and an SMTP catcher of its own (below).
  await ensureInfra({ log, nats: false, mail: false });
  await ensureBrowser({ log });
  const promtool = await ensurePromtool({ log });
  const prefix = testDatabasePrefix(root);
  const nats = await startPrivateNats({ log, dir: path.join(stateDir, 'test-nats') });
  const mail = await startPrivateMailCatcher({ log, dir: path.join(stateDir, 'test-mail') });
  const env = {
    ...process.env,
    DATABASE_NAME_PREFIX: prefix,
    NATS_URL: nats.url,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    PM_TEST_MAIL_DIR: mail.mailDir,
    PM_PREPARED: '1',
    ...(promtool ? { PROMTOOL: promtool } : {}),
  };
  try {
    await streams(nats.url);
    await timed(`fresh test databases ${prefix}*`, () => dropTestDatabases(adminUrl(), prefix));
    await migrate(env);
  } catch (e) {
    await nats.stop();
    await mail.stop();
    throw e;
  }
  return {
    env,
    async cleanUp() {
      await timed('removing the test databases and NATS server', async () => {
        await dropTestDatabases(adminUrl(), prefix);
        await nats.stop();
        await mail.stop();
      });
    },
  };
}

function readApps() {
  try {
    return JSON.parse(readFileSync(appsFile, 'utf8'));
  } catch {
    return [];
  }
}

async function waitReady(name, port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode}; see .pm-local/logs/${name}.log`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/ready`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} not ready on port ${port} after 60 s; see .pm-local/logs/${name}.log`);
}

async function portFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    return false;
  } catch (e) {
    return e.cause?.code === 'ECONNREFUSED';
  }
}

const consolePort = () => Number(process.env.CONSOLE_PORT ?? CONSOLE.port);
const consoleOrigins = () => [`http://localhost:${consolePort()}`, `http://127.0.0.1:${consolePort()}`];

async function startApps() {
  mkdirSync(path.join(stateDir, 'logs'), { recursive: true });
  const running = readApps().filter((a) => isAlive(a.pid));
  const apps = [];
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? GATEWAY.port);
  const origins = consoleOrigins().join(',');
  // The subgraphs ask tenancy (tenant directory) and customers (who lives where, names) at the
  // manifest's ports; both start before the services that ask them (SERVICES order).
  const subgraphUrl = (name) => `http://localhost:${SERVICES.find((s) => s.name === name).port}/graphql`;
  const shared = {
    GATEWAY_URL: `http://localhost:${gatewayPort}/graphql`,
    SUBGRAPH_TENANCY_URL: process.env.SUBGRAPH_TENANCY_URL ?? subgraphUrl('tenancy'),
    SUBGRAPH_CUSTOMERS_URL: process.env.SUBGRAPH_CUSTOMERS_URL ?? subgraphUrl('customers'),
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? origins,
    CONSOLE_ORIGINS: process.env.CONSOLE_ORIGINS ?? origins,
  };
  for (const s of [...SERVICES, { ...GATEWAY, port: gatewayPort }, { ...CONSOLE, port: consolePort() }]) {
    if (running.some((a) => a.name === s.name)) {
      log(`✔ ${s.name} already running (pid ${running.find((a) => a.name === s.name).pid})`);
      apps.push(running.find((a) => a.name === s.name));
      continue;
    }
    if (!(await portFree(s.port)))
      throw new Error(`port ${s.port} for ${s.name} is taken by another process`);
    await timed(`starting ${s.name} on :${s.port}`, async () => {
      const out = openSync(path.join(stateDir, 'logs', `${s.name}.log`), 'a');
      const env = { ...process.env, ...shared, PORT: String(s.port) };
      // Each service's own NATS user; its password as given to the local nats-server (if set).
      const natsPassword = process.env[`NATS_PASSWORD_${s.name.toUpperCase()}`];
      if (natsPassword) env.NATS_PASSWORD = natsPassword;
      const child = spawn(process.execPath, [s.entry], {
        cwd: root,
        env,
        stdio: ['ignore', out, out],
        detached: true,
      });
      child.unref();
      apps.push({ name: s.name, pid: child.pid, port: s.port });
      writeFileSync(appsFile, JSON.stringify(apps));
      await waitReady(s.name, s.port, child);
    });
  }
  writeFileSync(appsFile, JSON.stringify(apps));
  return apps;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopApps() {
  for (const a of readApps().reverse()) {
    if (!isAlive(a.pid)) continue;
    process.kill(a.pid, 'SIGTERM');
    for (let i = 0; i < 50 && isAlive(a.pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(a.pid)) process.kill(a.pid, 'SIGKILL');
    log(`✔ stopped ${a.name}`);
  }
  rmSync(appsFile, { force: true });
}

async function start() {
  const t0 = Date.now();
  const startedInfra = await prepare();
  const apps = await startApps();
  const { seedDemo } = await import('./seed.mjs');
  const gatewayUrl = `http://localhost:${process.env.GATEWAY_PORT ?? GATEWAY.port}/graphql`;
  const keycloakUrl = process.env.KEYCLOAK_URL ?? 'http://localhost:8080';
  const demo = await timed('seeding the demo company', () =>
    seedDemo(gatewayUrl, keycloakUrl, consoleOrigins()),
  );
  log(`\nPlatform up in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  log(
    `  Staff console    http://localhost:${consolePort()}/  (company code ${demo.realm.replace(/^pm-/, '')})`,
  );
  log(`  GraphQL gateway  ${gatewayUrl}`);
  log(
    `  Keycloak         ${keycloakUrl}  (admin console: ${keycloakUrl}/admin, ${process.env.KEYCLOAK_ADMIN_USER ?? 'admin'}/${process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin'})`,
  );
  log(
    `  Mail (caught)    ${path.relative(process.cwd(), path.join(stateDir, 'mail'))}/  (npm run mail: invitations' set-password links)`,
  );
  log(`  Logs             ${path.relative(process.cwd(), path.join(stateDir, 'logs'))}/\n`);
  log(
    `  Demo company "${demo.companyName}" — realm ${demo.realm}, password for every login: ${demo.password}`,
  );
  for (const u of demo.users) log(`    ${u.roles.padEnd(24)} ${u.username}`);
  log(
    `\n  Get a token:\n    curl -s ${keycloakUrl}/realms/${demo.realm}/protocol/openid-connect/token -d grant_type=password -d client_id=pm-console -d username=${demo.users[0].username} -d password=${demo.password}`,
  );
  log(`\nCtrl-C stops what this command started (or run \`npm stop\`).`);
  // Watching the children also keeps this process (and so Ctrl-C) alive.
  const reported = new Set();
  const watch = setInterval(() => {
    for (const a of apps) {
      if (!reported.has(a.name) && !isAlive(a.pid)) {
        reported.add(a.name);
        log(
          `✖ ${a.name} exited; see ${path.relative(process.cwd(), path.join(stateDir, 'logs', `${a.name}.log`))}`,
        );
      }
    }
  }, 2000);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(watch);
  log('\nstopping…');
  await stop(startedInfra);
}

/** Ctrl-C stops what this start started; `npm stop` everything the local tooling started. */
async function stop(only) {
  await stopApps();
  const { stopInfra } = await import('./infra.mjs');
  await stopInfra({ log, only });
}

function jest(args, env, results) {
  rmSync(results, { force: true });
  const r = spawnSync('npx', ['jest', '--runInBand', '--json', `--outputFile=${results}`, ...args], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  const j = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined;
  return {
    status: r.status ?? 1,
    passed: j?.numPassedTests ?? 0,
    failed: (j?.numFailedTests ?? 0) + (j?.numRuntimeErrorTestSuites ?? 0),
    broken: j?.numRuntimeErrorTestSuites ?? 0,
  };
}

async function test() {
  const t0 = Date.now();
  const world = await prepareTestRun();
  const interrupted = () => world.cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const args = process.argv.slice(3);
  let status = 0;
  const lines = [];
  try {
    await timed('composing the supergraph (drift check)', () =>
      run(process.execPath, ['gateway/scripts/compose.mjs', '--check']),
    );
    await timed('console operation types from the supergraph (drift check)', () =>
      run('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], {
        cwd: consoleDir,
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
    if (!args.length || args.some((a) => a.includes('web/console') || 'web/console'.includes(a))) {
      const unit = spawnSync('npx', ['vitest', 'run', '--root', 'web/console', '--reporter=dot'], {
        cwd: root,
        stdio: 'inherit',
      });
      status ||= unit.status ?? 1;
      lines.push(`console unit tests (vitest): ${unit.status === 0 ? 'passed' : 'FAILED'}`);
    }
    const all = jest(args, world.env, path.join(stateDir, 'jest-results.json'));
    status ||= all.status;
    lines.push(
      `tests: ${all.passed} passed, ${all.failed} failed${all.broken ? ` (${all.broken} suites failed to run)` : ''}`,
    );
    // The date-sensitive suites again at fixed "now" values (a plain `npm test -- <pattern>` skips them).
    const { FIXED_NOWS, dateSensitiveSuites } = await import('./test-run.mjs');
    const suites = args.length ? [] : dateSensitiveSuites(root);
    for (const now of suites.length ? FIXED_NOWS : []) {
      log(`\n▶ date-sensitive suites at PM_TEST_NOW=${now}: ${suites.join(' ')}`);
      const r = jest(
        suites,
        { ...world.env, PM_TEST_NOW: now },
        path.join(stateDir, 'jest-results-date.json'),
      );
      status ||= r.status;
      lines.push(`tests at ${now}: ${r.passed} passed, ${r.failed} failed`);
    }
  } finally {
    await world.cleanUp();
  }
  log(`\n${lines.join('\n')}\n(npm test took ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  process.exitCode = status;
}

/** For a bare `npx jest`: the same test world, environment printed as JSON on the last line. */
async function testSetUp() {
  const { env } = await prepareTestRun();
  const keys = [
    'DATABASE_NAME_PREFIX',
    'NATS_URL',
    'SMTP_HOST',
    'SMTP_PORT',
    'PM_TEST_MAIL_DIR',
    'PM_PREPARED',
    'PROMTOOL',
  ];
  console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, env[k]]))));
}

async function testTearDown() {
  const { stopPrivateMailCatcher, stopPrivateNats } = await import('./infra.mjs');
  const { testDatabasePrefix, dropTestDatabases } = await import('./test-run.mjs');
  await dropTestDatabases(adminUrl(), testDatabasePrefix(root));
  await stopPrivateNats(path.join(stateDir, 'test-nats'));
  await stopPrivateMailCatcher(path.join(stateDir, 'test-mail'));
}

/** A tool's typed config (libs/config, built): the same checks and messages as a service's. */
function toolConfig(specName) {
  const config = createRequire(import.meta.url)('../../libs/config/dist/index.js');
  return config.loadConfig(config[specName], process.env);
}

/** The compose stack's seed job: the demo company on a running platform (URLs from the env). */
async function seed() {
  const c = toolConfig('demoSeedSpec');
  const { seedDemo } = await import('./seed.mjs');
  const demo = await timed('seeding the demo company', () =>
    seedDemo(c.gatewayUrl, c.keycloakUrl, c.consoleOrigins, {
      user: c.keycloakAdminUser,
      password: c.keycloakAdminPassword,
    }),
  );
  log(`demo company "${demo.companyName}", realm ${demo.realm}, password for every login: ${demo.password}`);
  for (const u of demo.users) log(`  ${u.roles.padEnd(24)} ${u.username}`);
}

const commands = {
  seed,
  smoke: async () => (await import('./smoke.mjs')).smoke(toolConfig('smokeSpec'), log),
  start,
  stop: () => stop(),
  test,
  'test-setup': testSetUp,
  'test-teardown': testTearDown,
  prepare,
  migrate: migrateJob,
  stack: async () => {
    const infra = await (await import('./infra.mjs')).ensureInfra({ log });
    if (existsSync(path.join(root, 'libs/events/dist/index.js'))) await streams();
    return infra;
  },
  streams: () => streams(),
  chaos: async () => {
    await install();
    await build();
    const { ensureInfra } = await import('./infra.mjs');
    // The chaos run starts its own NATS server (it kills it) and its own databases.
    await ensureInfra({ log, nats: false });
    run(process.execPath, ['deploy/local/chaos.mjs', ...process.argv.slice(3)]);
  },
  bench: async () => {
    await prepare();
    const args = process.argv.slice(3);
    // Printed documents: one batch of 1,000 payment notices (bench/documents.mjs).
    if (args.includes('--only=documents')) return run(process.execPath, ['bench/documents.mjs', ...args]);
    // The customer import: 10,000 rows from an .xlsx, then the same file again (services/customers/bench).
    if (args.includes('--only=import'))
      return run('npx', ['jest', '-c', 'services/customers/bench/jest.bench.config.mjs', '--verbose=false']);
    // Realm scaling on a Keycloak of its own: 10, 100, 300 realms (bench/realms.mjs, tens of minutes).
    if (args.includes('--only=realms')) return run(process.execPath, ['bench/realms.mjs', ...args]);
    // The console's budgets: initial JS, the dashboard's queries for 50 properties × 12 months,
    // dashboard interactive after login (bench/console.bench.ts; builds the console first).
    if (args.includes('--only=console')) {
      run('npm', ['run', 'build', '-w', 'web/console']);
      return run('npx', ['jest', '-c', 'bench/jest.console.config.mjs', '--verbose=false']);
    }
    run(process.execPath, ['bench/run.mjs', ...args]);
    if (!args.some((a) => a.startsWith('--only='))) run(process.execPath, ['bench/documents.mjs']);
    // The bill-run benchmark (100,000 bills vs a raw COPY of the same rows, heap growth).
    run('npx', ['jest', '-c', 'services/billing/bench/jest.bench.config.mjs', '--verbose=false']);
    run('npx', ['jest', '-c', 'services/customers/bench/jest.bench.config.mjs', '--verbose=false']);
  },
};

const cmd = process.argv[2];
if (!commands[cmd]) {
  console.error(`usage: cli.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
commands[cmd]().catch((e) => {
  console.error(`\n✖ ${e.message}`);
  process.exit(1);
});
