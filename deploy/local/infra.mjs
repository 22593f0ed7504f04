// Makes sure PostgreSQL, NATS JetStream, Redis and Keycloak are reachable for `npm start` / `npm test`,
// starting the missing ones. Whatever we start is recorded in <PM_STATE_DIR>/infra.json so that
// stopInfra() stops exactly that and never a process somebody else started.
// Plain Node (node: built-ins only) so it runs before `npm install` has produced anything.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const natsAccounts = createRequire(import.meta.url)('../nats/accounts.cjs');

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const REPORTED = Symbol('reported');

// ───────────────────────────── public API ─────────────────────────────

export async function ensureInfra({ log = console.log, keycloak = true, nats = true, mail = true } = {}) {
  const cfg = config();
  fs.mkdirSync(cfg.stateDir, { recursive: true });
  forgetDeadEntries(cfg);

  const started = [];
  if (await ensurePostgres(cfg, log)) started.push('postgres');
  if (nats && (await ensureNats(cfg, log))) started.push('nats');
  if (await ensureRedis(cfg, log)) started.push('redis');
  if (mail && (await ensureMailCatcher(cfg, log))) started.push('mail');
  if (keycloak && (await ensureKeycloak(cfg, log))) started.push('keycloak');

  return {
    pg: { host: cfg.pg.host, port: cfg.pg.port },
    nats: { host: cfg.nats.host, port: cfg.nats.port },
    redis: { host: cfg.redis.host, port: cfg.redis.port },
    smtp: { host: cfg.smtp.host, port: cfg.smtp.port, mailDir: stateFile(cfg, 'mail') },
    keycloak: keycloak ? { url: cfg.keycloak.url } : { url: cfg.keycloak.url, skipped: true },
    started,
  };
}

export async function stopInfra({ log = console.log, only } = {}) {
  const cfg = config();
  // `only` limits the stop to what one caller started (Ctrl-C of `npm start`).
  const entries = readState(cfg).started.filter((e) => !only || only.includes(e.name));
  if (entries.length === 0) {
    log('✔ nothing to stop (no service was started by ensureInfra)');
    return { stopped: [] };
  }
  const stopped = [];
  const errors = [];
  // Reverse start order: Keycloak first, the database last.
  for (const entry of [...entries].reverse()) {
    try {
      await withStep(log, `stop ${entry.name}`, async (done) => {
        done(entry.cluster ? await stopCluster(cfg, entry) : await stopProcessGroup(entry));
      });
      forgetStarted(cfg, entry.name);
      stopped.push(entry.name);
    } catch (err) {
      errors.push(err);
    }
  }
  if (errors.length) throw markReported(new Error(errors.map((e) => e.message).join('\n')));
  return { stopped };
}

/**
 * Debian's Chromium (the browser suite drives it through playwright-core; no browser download),
 * CJK fonts, without which Chinese renders as boxes (the PDF documents embed Noto Sans CJK from
 * fonts-noto-cjk), and poppler-utils (pdftotext, pdftoppm: the document tests read and render the
 * PDFs). Installed with apt-get when missing.
 */
export const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export async function ensureBrowser({ log = console.log } = {}) {
  const bin = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (
    fs.existsSync(bin) &&
    fonts.status === 0 &&
    fonts.stdout.trim() &&
    fs.existsSync(NOTO_CJK) &&
    which('pdftotext') &&
    which('pdftoppm')
  )
    return bin;
  const done = step(log, 'installing chromium, fonts-noto-cjk and poppler-utils (apt-get)');
  aptInstall(done, ['chromium', 'fonts-noto-cjk', 'poppler-utils']);
  return bin;
}

/**
 * The services render PDF documents with Noto Sans CJK (libs/documents); `npm start` installs the
 * font when it is missing, as the image does.
 */
export async function ensureDocumentFonts({ log = console.log } = {}) {
  if (fs.existsSync(NOTO_CJK)) return;
  aptInstall(step(log, 'installing fonts-noto-cjk for printed documents (apt-get)'), ['fonts-noto-cjk']);
}

/** apt-get update + install as root (or with password-less sudo); the step fails naming what is missing. */
function aptInstall(done, packages) {
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : which('sudo') ? ['sudo', '-n'] : undefined;
  // Only what needs them fails without them (the browser suite, a document): the rest still runs.
  if (!sudo) {
    done.fail(new Error(`install the Debian packages ${packages.join(', ')} (needs root)`));
    return;
  }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const [cmd, ...pre] = [...sudo, 'apt-get'];
    const r = spawnSync(cmd, [...pre, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) {
      done.fail(new Error(`apt-get ${args.join(' ')} failed with exit code ${r.status}`));
      return;
    }
  }
  done();
}

/**
 * `promtool` (Prometheus's rule checker) for the alert-rule tests: taken out of Debian's
 * `prometheus` package (apt-get download + dpkg-deb -x, no root, no daemon installed) into the
 * cache once. Answers its path, or undefined when it cannot be had (the test then says so).
 */
export async function ensurePromtool({ log = console.log } = {}) {
  const cfg = config();
  const bin = process.env.PROMTOOL || path.join(cfg.cacheDir, 'promtool', 'promtool');
  if (fs.existsSync(bin)) return bin;
  const onPath = which('promtool');
  if (onPath) return onPath;
  const done = step(log, 'promtool from the Debian package prometheus (apt-get download)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-promtool-'));
  try {
    const dl = spawnSync('apt-get', ['download', '-qq', 'prometheus'], {
      cwd: tmp,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const deb = fs.readdirSync(tmp).find((f) => f.endsWith('.deb'));
    if (dl.status !== 0 || !deb)
      throw new Error(`apt-get download prometheus failed (run apt-get update first?)`);
    const x = spawnSync('dpkg-deb', ['-x', deb, 'x'], { cwd: tmp, stdio: 'ignore' });
    if (x.status !== 0) throw new Error('dpkg-deb -x failed');
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.copyFileSync(path.join(tmp, 'x/usr/bin/promtool'), bin);
    fs.chmodSync(bin, 0o755);
    done();
    return bin;
  } catch (e) {
    done.fail(e);
    return undefined;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * A NATS server of its own for one test run: a free port and a fresh JetStream store in `dir`,
 * so tests never share streams or durable consumers with a platform running on this machine.
 * A server left behind by a killed run (pid file in `dir`) is stopped first.
 */
export async function startPrivateNats({ log = console.log, dir }) {
  const cfg = config();
  return withStep(log, 'NATS for this test run', async (done) => {
    await stopPrivateNats(dir);
    fs.mkdirSync(dir, { recursive: true });
    const bin = which('nats-server', ['/usr/sbin', '/usr/local/sbin']);
    if (!bin) throw new Error('nats-server is not on PATH: install it (Debian package nats-server)');
    const port = await freePort();
    const logFile = path.join(dir, 'nats.log');
    const conf = writeNatsConf(dir, { port, storeDir: path.join(dir, 'store'), name: 'pm-test' });
    const child = spawnDetached(bin, ['-c', conf, '-l', logFile], { logFile, env: natsEnv() });
    fs.writeFileSync(path.join(dir, 'nats.pid'), String(child.pid));
    await waitForPort(
      cfg,
      child,
      { host: '127.0.0.1', port },
      { timeoutMs: 15_000, name: 'nats (tests)', logFile },
    );
    done(`nats-server on :${port}, store ${path.relative(REPO_ROOT, dir)}`);
    return {
      url: `nats://127.0.0.1:${port}`,
      stop: () => stopPrivateNats(dir),
    };
  });
}

/**
 * An SMTP catcher of its own for one test run (a free port, mails saved in `dir/mail`), so a test
 * reads the mails of its own run even beside a running `npm start` or another checkout's catcher.
 */
export async function startPrivateMailCatcher({ log = console.log, dir }) {
  const cfg = config();
  return withStep(log, 'SMTP catcher for this test run', async (done) => {
    await stopPrivateMailCatcher(dir);
    fs.mkdirSync(dir, { recursive: true });
    const port = await freePort();
    const mailDir = path.join(dir, 'mail');
    const logFile = path.join(dir, 'mail-catcher.log');
    const script = path.join(REPO_ROOT, 'deploy', 'local', 'mail-catcher.mjs');
    const child = spawnDetached(process.execPath, [script, mailDir, String(port)], {
      cwd: REPO_ROOT,
      env: process.env,
      logFile,
    });
    fs.writeFileSync(path.join(dir, 'mail.pid'), String(child.pid));
    await waitForPort(
      cfg,
      child,
      { host: '127.0.0.1', port },
      { timeoutMs: 15_000, name: 'mail (tests)', logFile },
    );
    done(`on :${port}, mail in ${path.relative(REPO_ROOT, mailDir)}`);
    return { port, mailDir, stop: () => stopPrivateMailCatcher(dir) };
  });
}

/** Stops the test run's SMTP catcher recorded in `dir` (if still running) and removes its mails. */
export async function stopPrivateMailCatcher(dir) {
  const pidFile = path.join(dir, 'mail.pid');
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8') : 0);
  if (pid && ownsGroup({ pid, match: 'mail-catcher.mjs' }))
    await stopProcessGroup({ pid, match: 'mail-catcher.mjs' });
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Stops the test run's NATS server recorded in `dir` (if still running) and removes its store. */
export async function stopPrivateNats(dir) {
  const pidFile = path.join(dir, 'nats.pid');
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8') : 0);
  if (pid && ownsGroup({ pid, match: 'nats-server' })) await stopProcessGroup({ pid, match: 'nats-server' });
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A Keycloak of its own (the cached distribution, a free port unless given, a fresh H2 database in
 * `dir`): the realm-scaling benchmark and the two-cell test run one beside the shared Keycloak
 * without touching its realms. A Keycloak left behind by a killed run (pid file in `dir`) is
 * stopped first. `heap` is the JVM's -Xmx: realms live in Keycloak's caches, so more realms
 * need more of it (deploy/README-deploy.md, "Keycloak cells").
 */
export async function startPrivateKeycloak({ log = console.log, dir, port, heap = '1g' }) {
  const cfg = config();
  return withStep(log, 'Keycloak of its own', async (done) => {
    await stopPrivateKeycloak(dir);
    fs.mkdirSync(dir, { recursive: true });
    checkJava();
    const home = await ensureKeycloakDist(cfg, log);
    const httpPort = port ?? (await freePort());
    const url = `http://localhost:${httpPort}`;
    const logFile = path.join(dir, 'keycloak.log');
    const env = {
      ...process.env,
      KC_BOOTSTRAP_ADMIN_USERNAME: cfg.keycloak.user,
      KC_BOOTSTRAP_ADMIN_PASSWORD: cfg.keycloak.password,
      KC_DB_URL: `jdbc:h2:file:${path.join(dir, 'keycloakdb')};NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0`,
      JAVA_OPTS_KC_HEAP: `-Xms256m -Xmx${heap}`,
    };
    // As bootKeycloak: no health/metrics, so the management port 9000 stays free for the shared one.
    const child = spawnDetached(
      path.join(home, 'bin', 'kc.sh'),
      ['start-dev', '--http-port', String(httpPort), `--features=${KEYCLOAK_FEATURES}`],
      { cwd: home, env, logFile },
    );
    fs.writeFileSync(path.join(dir, 'keycloak.pid'), String(child.pid));
    const ok = await waitUntil(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(
            `Keycloak (private) exited during start-up; last lines of ${logFile}:\n${tail(logFile, 10)}`,
          );
        return (await realmStatus(url)) === 200;
      },
      { timeoutMs: 240_000, intervalMs: 1000 },
    );
    if (!ok)
      throw new Error(
        `Keycloak (private, pid ${child.pid}) did not answer ${url} within 240 s; see ${logFile}`,
      );
    await checkAdminLogin({ ...cfg.keycloak, url });
    done(`pid ${child.pid} on ${url}, heap ${heap}, data ${path.relative(REPO_ROOT, dir)}`);
    return { url, pid: child.pid, logFile, stop: () => stopPrivateKeycloak(dir) };
  });
}

/** Stops the Keycloak recorded in `dir` (if still running) and removes its database. */
export async function stopPrivateKeycloak(dir) {
  const pidFile = path.join(dir, 'keycloak.pid');
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8') : 0);
  // kc.sh's command line (and java's -Dkc.home.dir) contain the distribution path.
  if (pid && ownsGroup({ pid, match: 'keycloak' })) await stopProcessGroup({ pid, match: 'keycloak' });
  fs.rmSync(dir, { recursive: true, force: true });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Progress helper. `done(extra?)` logs success with the elapsed time; `fail(err)` logs the failure and returns err (so: `throw s.fail(err)`). */
export function step(log, name) {
  const t0 = performance.now();
  log(`▶ ${name}…`);
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const done = (extra) => log(`✔ ${name}${extra ? ` — ${extra}` : ''} (${elapsed()})`);
  const fail = (err) => {
    // A nested step already printed the message; repeating it at every level is noise.
    log(err?.[REPORTED] ? `✖ ${name} (${elapsed()})` : `✖ ${name} (${elapsed()}): ${err?.message ?? err}`);
    return markReported(err);
  };
  return Object.assign(done, { done, fail });
}

// ───────────────────────────── configuration ─────────────────────────────

function config() {
  const env = process.env;
  // The platform's own nats-server (with its users); the machine's usual 4222 is left alone.
  const nats = new URL(env.NATS_URL || 'nats://127.0.0.1:4223');
  const redis = new URL(env.REDIS_URL || 'redis://127.0.0.1:6379');
  const kcUrl = (env.KEYCLOAK_URL || 'http://localhost:8080').replace(/\/+$/, '');
  const kc = new URL(kcUrl);
  return {
    pg: { host: env.PGHOST || '127.0.0.1', port: Number(env.PGPORT || 5432) },
    nats: { host: bareHost(nats.hostname) || '127.0.0.1', port: Number(nats.port || 4223) },
    redis: { host: bareHost(redis.hostname) || '127.0.0.1', port: Number(redis.port || 6379) },
    keycloak: {
      url: kcUrl,
      host: bareHost(kc.hostname),
      port: Number(kc.port || (kc.protocol === 'https:' ? 443 : 80)),
      user: env.KEYCLOAK_ADMIN_USER || 'admin',
      password: env.KEYCLOAK_ADMIN_PASSWORD || 'admin',
      version: env.KEYCLOAK_VERSION || '26.7.3',
    },
    // Keycloak's e-mails go to the local catcher (tenancy's SMTP_HOST/SMTP_PORT say the same).
    smtp: { host: env.SMTP_HOST || '127.0.0.1', port: Number(env.SMTP_PORT || 2525) },
    cacheDir: env.PM_CACHE_DIR || path.join(os.homedir(), '.cache', 'pm-platform'),
    stateDir: env.PM_STATE_DIR || path.join(REPO_ROOT, '.pm-local'),
  };
}

// ───────────────────────────── PostgreSQL ─────────────────────────────

async function ensurePostgres(cfg, log) {
  const addr = `${cfg.pg.host}:${cfg.pg.port}`;
  return withStep(log, `PostgreSQL ${addr}`, async (done) => {
    if (await pgReachable(cfg.pg)) {
      done('already running');
      return false;
    }
    const cluster = isLocalHost(cfg.pg.host) ? findDebianCluster() : null;
    const ctl = which('pg_ctlcluster');
    if (!cluster || !ctl) {
      throw new Error(
        `PostgreSQL not reachable at ${addr} and no local cluster to start: install PostgreSQL or set PGHOST/PGPORT`,
      );
    }
    const logFile = stateFile(cfg, 'postgres.log');
    // A running cluster on another port must not be "started" (and later stopped) by us.
    if ((await run(ctl, [cluster.version, cluster.name, 'status'], { logFile })) === 0) {
      throw new Error(
        `PostgreSQL not reachable at ${addr}, but local cluster ${cluster.version}/${cluster.name} is running: set PGHOST/PGPORT to where it listens`,
      );
    }
    const code = await run(ctl, ['--skip-systemctl-redirect', cluster.version, cluster.name, 'start'], {
      logFile,
    });
    if (code !== 0) {
      throw new Error(
        `pg_ctlcluster ${cluster.version} ${cluster.name} start failed (exit ${code}, needs root or the postgres user); see ${logFile}`,
      );
    }
    recordStarted(cfg, { name: 'postgres', pid: null, cluster: `${cluster.version}/${cluster.name}` });
    if (!(await waitUntil(() => pgReachable(cfg.pg), { timeoutMs: 30_000 }))) {
      throw new Error(
        `started cluster ${cluster.version}/${cluster.name} but ${addr} is still not reachable: check "port" in /etc/postgresql/${cluster.version}/${cluster.name}/postgresql.conf matches PGPORT`,
      );
    }
    done(`started cluster ${cluster.version}/${cluster.name}`);
    return true;
  });
}

function pgReachable({ host, port }) {
  // libpq treats a PGHOST starting with "/" as a Unix-socket directory.
  return host.startsWith('/')
    ? canConnect({ path: path.join(host, `.s.PGSQL.${port}`) })
    : canConnect({ host, port });
}

function findDebianCluster() {
  const root = '/etc/postgresql';
  if (!fs.existsSync(root)) return null;
  const version = fs
    .readdirSync(root)
    .sort()
    .find((v) => fs.existsSync(path.join(root, v, 'main')));
  return version ? { version, name: 'main' } : null;
}

async function stopCluster(cfg, entry) {
  const [version, name] = entry.cluster.split('/');
  const logFile = stateFile(cfg, 'postgres.log');
  const code = await run(
    which('pg_ctlcluster') ?? 'pg_ctlcluster',
    ['--skip-systemctl-redirect', version, name, 'stop'],
    { logFile },
  );
  if (code !== 0)
    throw new Error(`pg_ctlcluster ${version} ${name} stop failed (exit ${code}); see ${logFile}`);
  return `cluster ${entry.cluster} stopped`;
}

// ───────────────────────────── NATS ─────────────────────────────

async function ensureNats(cfg, log) {
  const { host, port } = cfg.nats;
  const addr = `${host}:${port}`;
  return withStep(log, `NATS ${addr}`, async (done) => {
    const pid = (await canConnect({ host, port })) ? null : await startNats(cfg);
    const info = await readNatsInfo({ host, port });
    if (info.jetstream !== true) {
      throw new Error(`NATS at ${addr} runs without JetStream: restart nats-server with -js`);
    }
    if (info.auth_required !== true) {
      throw new Error(
        `NATS at ${addr} accepts anonymous connections: the platform needs its users (deploy/nats/accounts.cjs); stop that server, or set NATS_URL to a free port and npm start runs its own`,
      );
    }
    done(
      pid
        ? `started nats-server (pid ${pid}), JetStream on`
        : `already running (v${info.version}), JetStream on`,
    );
    return pid !== null;
  });
}

async function startNats(cfg) {
  const { host, port } = cfg.nats;
  const bin = which('nats-server', ['/usr/sbin', '/usr/local/sbin']);
  if (!bin || !isLocalHost(host)) {
    const why = bin ? `${host} is not a local address` : 'nats-server is not on PATH';
    throw new Error(
      `NATS not reachable at ${host}:${port} and ${why}: install nats-server (with JetStream, -js) or set NATS_URL`,
    );
  }
  const storeDir = stateFile(cfg, 'nats');
  const logFile = stateFile(cfg, 'nats.log');
  fs.mkdirSync(storeDir, { recursive: true });
  const bind = host === 'localhost' ? '127.0.0.1' : host;
  const conf = writeNatsConf(cfg.stateDir, { host: bind, port, storeDir, name: 'pm-local' });
  const child = spawnDetached(bin, ['-c', conf, '-l', logFile], { logFile, env: natsEnv() });
  recordStarted(cfg, { name: 'nats', pid: child.pid, match: 'nats-server' });
  await waitForPort(cfg, child, { host, port }, { timeoutMs: 15_000, name: 'nats', logFile });
  return child.pid;
}

/** The server's config: JetStream, its store, and the platform's users (deploy/nats/accounts.cjs). */
function writeNatsConf(dir, o) {
  const file = path.join(dir, 'nats.conf');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, natsAccounts.localServerConf(o), { mode: 0o600 });
  return file;
}

/** The users' passwords reach the server as NATS_PASSWORD_<USER> (dev defaults unless set). */
function natsEnv() {
  return { ...process.env, ...natsAccounts.localPasswordEnv(process.env) };
}

/** The server greets every client with `INFO {json}\r\n`; that JSON says whether JetStream is on. */
function readNatsInfo({ host, port }) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let buffer = '';
    const finish = (err, value) => {
      socket.destroy();
      if (err) reject(err);
      else resolve(value);
    };
    socket.setTimeout(3000, () => finish(new Error(`NATS at ${host}:${port} sent no INFO line within 3 s`)));
    socket.on('error', (err) =>
      finish(new Error(`cannot read NATS INFO from ${host}:${port}: ${err.message}`)),
    );
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const end = buffer.indexOf('\r\n');
      if (end === -1) return;
      const line = buffer.slice(0, end);
      if (!line.startsWith('INFO '))
        return finish(new Error(`${host}:${port} is not a NATS server (got "${line.slice(0, 40)}")`));
      try {
        finish(null, JSON.parse(line.slice(5)));
      } catch (err) {
        finish(new Error(`unparsable NATS INFO from ${host}:${port}: ${err.message}`));
      }
    });
  });
}

// ───────────────────────────── Redis ─────────────────────────────

/** Quotas and sign-up limits live here; counters only, so it runs without persistence. */
async function ensureRedis(cfg, log) {
  const { host, port } = cfg.redis;
  return withStep(log, `Redis ${host}:${port}`, async (done) => {
    if (await canConnect({ host, port })) {
      done('already running');
      return false;
    }
    const bin = which('redis-server', ['/usr/sbin', '/usr/local/sbin', '/usr/bin']);
    if (!bin || !isLocalHost(host)) {
      const why = bin ? `${host} is not a local address` : 'redis-server is not on PATH';
      throw new Error(
        `Redis not reachable at ${host}:${port} and ${why}: install redis-server (Debian package redis-server) or set REDIS_URL`,
      );
    }
    const logFile = stateFile(cfg, 'redis.log');
    const bind = host === 'localhost' ? '127.0.0.1' : host;
    const child = spawnDetached(
      bin,
      ['--bind', bind, '--port', String(port), '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      { logFile },
    );
    recordStarted(cfg, { name: 'redis', pid: child.pid, match: 'redis-server' });
    await waitForPort(cfg, child, { host, port }, { timeoutMs: 15_000, name: 'redis', logFile });
    done(`started redis-server (pid ${child.pid})`);
    return true;
  });
}

// ───────────────────────────── SMTP catcher ─────────────────────────────

/**
 * deploy/local/mail-catcher.mjs (smtp-server + mailparser, installed with the repo's packages):
 * Keycloak's mails are saved under <state>/mail, never delivered; `npm run mail` lists them.
 * An SMTP server already on the port is used as it is (a real relay, or another checkout's catcher).
 */
async function ensureMailCatcher(cfg, log) {
  const { host, port } = cfg.smtp;
  return withStep(log, `SMTP catcher ${host}:${port}`, async (done) => {
    if (await canConnect({ host, port })) {
      done('already listening');
      return false;
    }
    if (!isLocalHost(host))
      throw new Error(`no SMTP server at ${host}:${port}: start one or set SMTP_HOST/SMTP_PORT`);
    const script = path.join(REPO_ROOT, 'deploy', 'local', 'mail-catcher.mjs');
    const logFile = stateFile(cfg, 'mail-catcher.log');
    const child = spawnDetached(process.execPath, [script, stateFile(cfg, 'mail'), String(port)], {
      cwd: REPO_ROOT,
      env: process.env,
      logFile,
    });
    recordStarted(cfg, { name: 'mail', pid: child.pid, match: 'mail-catcher.mjs' });
    await waitForPort(cfg, child, { host, port }, { timeoutMs: 15_000, name: 'mail', logFile });
    done(`started (pid ${child.pid}), mail in ${stateFile(cfg, 'mail')}`);
    return true;
  });
}

// ───────────────────────────── Keycloak ─────────────────────────────

/** Keycloak features the platform needs beyond the defaults. */
const KEYCLOAK_FEATURES = 'client-secret-rotation';

/**
 * A running Keycloak without the features (started before they were needed): one this checkout
 * started is restarted with them; someone else's is only reported, since it is not ours to stop.
 */
async function checkKeycloakFeatures(cfg, log) {
  const kc = cfg.keycloak;
  const enabled = await keycloakFeatureEnabled(kc, 'CLIENT_SECRET_ROTATION');
  if (enabled !== false) return;
  const ours = readState(cfg).started?.find((e) => e.name === 'keycloak');
  if (ours && isAlive(ours.pid)) {
    log(`  Keycloak runs without --features=${KEYCLOAK_FEATURES}: restarting the one this checkout started`);
    await stopProcessGroup(ours);
    forgetStarted(cfg, 'keycloak');
    const home = await ensureKeycloakDist(cfg, log);
    await bootKeycloak(cfg, home, log);
    await checkAdminLogin(kc);
    return;
  }
  log(
    `  ⚠ Keycloak at ${kc.url} runs without --features=${KEYCLOAK_FEATURES}: rotatePartnerClientSecret (and its test) will fail until it is restarted with it`,
  );
}

async function keycloakFeatureEnabled(kc, feature) {
  try {
    const token = await fetch(`${kc.url}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: kc.user,
        password: kc.password,
      }),
      signal: AbortSignal.timeout(15_000),
    }).then((r) => r.json());
    const info = await fetch(`${kc.url}/admin/serverinfo`, {
      headers: { authorization: `Bearer ${token.access_token}` },
      signal: AbortSignal.timeout(15_000),
    }).then((r) => r.json());
    return !(info.profileInfo?.disabledFeatures ?? []).includes(feature);
  } catch {
    return undefined;
  }
}

async function ensureKeycloak(cfg, log) {
  const kc = cfg.keycloak;
  return withStep(log, `Keycloak ${kc.url}`, async (done) => {
    if ((await realmStatus(kc.url)) === 200) {
      await checkAdminLogin(kc);
      await checkKeycloakFeatures(cfg, log);
      done('already running, admin login ok');
      return false;
    }
    if (await canConnect({ host: kc.host, port: kc.port })) {
      await waitForForeignKeycloak(kc, log);
      await checkAdminLogin(kc);
      await checkKeycloakFeatures(cfg, log);
      done('already running, admin login ok');
      return false;
    }
    if (!isLocalHost(kc.host)) {
      throw new Error(
        `Keycloak not reachable at ${kc.url} and ${kc.host} is not a local address: start it or set KEYCLOAK_URL`,
      );
    }
    await withStep(log, 'Java for Keycloak', async (d) => d(`Java ${checkJava()}`));
    const home = await ensureKeycloakDist(cfg, log);
    const pid = await bootKeycloak(cfg, home, log);
    await withStep(log, 'Keycloak admin login', async (d) => {
      await checkAdminLogin(kc);
      d(`${kc.user} ok`);
    });
    done(`started (pid ${pid})`);
    return true;
  });
}

/** The port is open but the realm is not there (yet): could be a Keycloak still booting, or another program. */
async function waitForForeignKeycloak(kc, log) {
  log(`  port ${kc.port} is open but ${kc.url}/realms/master does not answer 200 yet, waiting up to 60 s`);
  const ok = await waitUntil(async () => (await realmStatus(kc.url)) === 200, {
    timeoutMs: 60_000,
    intervalMs: 1000,
  });
  if (!ok) {
    throw new Error(
      `port ${kc.port} is taken by something that is not Keycloak (${kc.url}/realms/master gave no 200 in 60 s): stop it or set KEYCLOAK_URL`,
    );
  }
}

async function realmStatus(url) {
  try {
    const res = await fetch(`${url}/realms/master`, { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.status;
  } catch {
    return null;
  }
}

async function checkAdminLogin(kc) {
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: 'admin-cli',
    username: kc.user,
    password: kc.password,
  });
  let status;
  try {
    const res = await fetch(`${kc.url}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(15_000),
    });
    status = res.status;
    if (res.ok && (await res.json()).access_token) return;
  } catch (err) {
    status = err.message;
  }
  throw new Error(
    `Keycloak answers but the admin login failed (${status}): set KEYCLOAK_ADMIN_USER/KEYCLOAK_ADMIN_PASSWORD`,
  );
}

/** Returns the Java major version; kc.sh prefers $JAVA_HOME/bin/java, so check the same binary. */
function checkJava() {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const res = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new Error(
      `Keycloak needs Java 17+ (${java === 'java' ? 'not found on PATH' : `${java} does not run`})`,
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  // Java 8 and older report themselves as "1.x".
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17)
    throw new Error(`Keycloak needs Java 17+ (found ${m ? `Java ${major}` : 'an unknown Java'} at ${java})`);
  return major;
}

async function ensureKeycloakDist(cfg, log) {
  const { version } = cfg.keycloak;
  const home = path.join(cfg.cacheDir, `keycloak-${version}`);
  const zip = path.join(cfg.cacheDir, `keycloak-quarkus-dist-${version}.zip`);
  if (fs.existsSync(path.join(home, 'bin', 'kc.sh'))) {
    log(`  Keycloak ${version} distribution cached in ${home}`);
    return home;
  }
  fs.mkdirSync(cfg.cacheDir, { recursive: true });
  if (fs.existsSync(zip)) {
    log(`  reusing cached ${zip}`);
  } else {
    await withStep(log, `download Keycloak ${version} (Maven)`, async (done) => {
      await downloadWithMaven(cfg, zip, log);
      done(`${(fs.statSync(zip).size / 1e6).toFixed(0)} MB`);
    });
  }
  await withStep(log, `unzip Keycloak ${version}`, async (done) => {
    done(`with ${await unzipDist(cfg, zip, home)} into ${home}`);
  });
  return home;
}

async function downloadWithMaven(cfg, zip, log) {
  const { version } = cfg.keycloak;
  const byHand =
    `Provide the zip by hand: download https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/${version}/keycloak-quarkus-dist-${version}.zip ` +
    `(or keycloak-${version}.zip from https://github.com/keycloak/keycloak/releases, renamed) and save it as ${zip}`;
  const mvn = which('mvn');
  if (!mvn) throw new Error(`cannot download Keycloak ${version}: mvn is not on PATH. ${byHand}`);
  const logFile = stateFile(cfg, 'mvn.log');
  const args = [
    '-q',
    '-B',
    'dependency:copy',
    `-Dartifact=org.keycloak:keycloak-quarkus-dist:${version}:zip`,
    `-DoutputDirectory=${cfg.cacheDir}`,
  ];
  // cwd = cache dir so mvn never picks up an unrelated pom.xml.
  const code = await run(mvn, args, { cwd: cfg.cacheDir, logFile, heartbeat: log });
  if (code !== 0 || !fs.existsSync(zip)) {
    throw new Error(
      `cannot download Keycloak ${version}: mvn failed (exit ${code}), Maven Central unreachable? See ${logFile}. ${byHand}`,
    );
  }
}

/** Extracts next to the final folder and renames it into place, so an interrupted unzip never looks like a usable distribution. */
async function unzipDist(cfg, zip, home) {
  const tmp = fs.mkdtempSync(path.join(cfg.cacheDir, '.unzip-'));
  try {
    const tool = await extractZip(zip, tmp, stateFile(cfg, 'unzip.log'));
    const top = path.join(tmp, path.basename(home));
    if (!fs.existsSync(path.join(top, 'bin', 'kc.sh'))) {
      throw new Error(`${zip} has no ${path.basename(home)}/bin/kc.sh: delete the zip and retry`);
    }
    // jar and python's zipfile drop the executable bits.
    for (const f of fs.readdirSync(path.join(top, 'bin')))
      if (f.endsWith('.sh')) fs.chmodSync(path.join(top, 'bin', f), 0o755);
    fs.rmSync(home, { recursive: true, force: true });
    fs.renameSync(top, home);
    return tool;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function extractZip(zip, dest, logFile) {
  const jar = which('jar', process.env.JAVA_HOME ? [path.join(process.env.JAVA_HOME, 'bin')] : []);
  const tools = [
    ['unzip', which('unzip'), ['-q', '-o', zip, '-d', dest], undefined],
    ['jar', jar, ['xf', zip], dest],
    ['python3', which('python3'), ['-m', 'zipfile', '-e', zip, dest], undefined],
  ];
  const found = tools.find(([, bin]) => bin);
  if (!found) throw new Error(`cannot unzip ${zip}: install unzip (or a JDK with jar, or python3)`);
  const [name, bin, args, cwd] = found;
  const code = await run(bin, args, { cwd, logFile });
  if (code !== 0)
    throw new Error(
      `${name} failed on ${zip} (exit ${code}), the zip may be corrupt: delete it and retry; see ${logFile}`,
    );
  return name;
}

async function bootKeycloak(cfg, home, log) {
  const kc = cfg.keycloak;
  const logFile = stateFile(cfg, 'keycloak.log');
  // The H2 database lives in the repo's state dir, so each clone has its own realms/users
  // while the (large) distribution is shared through the cache.
  const dbDir = stateFile(cfg, 'keycloak');
  fs.mkdirSync(dbDir, { recursive: true });
  const env = {
    ...process.env,
    KC_BOOTSTRAP_ADMIN_USERNAME: kc.user,
    KC_BOOTSTRAP_ADMIN_PASSWORD: kc.password,
    KC_DB_URL: `jdbc:h2:file:${path.join(dbDir, 'keycloakdb')};NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0`,
    JAVA_OPTS_KC_HEAP: '-Xms256m -Xmx1g',
  };
  return withStep(log, `Keycloak ${kc.version} boot`, async (done) => {
    // No health/metrics: Keycloak would then also hold management port 9000, which a second
    // local Keycloak (or anything else) may already use; readiness is polled on /realms/master.
    // client-secret-rotation (a preview feature): rotatePartnerClientSecret keeps the old secret
    // valid for a grace period as Keycloak's "rotated secret".
    const child = spawnDetached(
      path.join(home, 'bin', 'kc.sh'),
      ['start-dev', '--http-port', String(kc.port), `--features=${KEYCLOAK_FEATURES}`],
      { cwd: home, env, logFile },
    );
    // kc.sh's command line (and java's -Dkc.home.dir) contain the distribution path.
    recordStarted(cfg, { name: 'keycloak', pid: child.pid, match: home });
    const ok = await waitUntil(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null)
          throw exitedError(cfg, 'keycloak', child, logFile);
        return (await realmStatus(kc.url)) === 200;
      },
      { timeoutMs: 180_000, intervalMs: 1000, onTick: (s) => log(`  … Keycloak booting (${s} s)`) },
    );
    if (!ok) {
      throw new Error(
        `Keycloak (pid ${child.pid}) did not answer ${kc.url}/realms/master within 180 s; see ${logFile} (npm stop stops it)`,
      );
    }
    done(`pid ${child.pid}, log ${logFile}`);
    return child.pid;
  });
}

// ───────────────────────────── processes ─────────────────────────────

/** Own process group (detached → setsid) so stopping also reaches kc.sh's java child. */
function spawnDetached(cmd, args, { cwd, env, logFile }) {
  const fd = fs.openSync(logFile, 'a');
  try {
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
    child.on('error', (err) => fs.appendFileSync(logFile, `\n[infra] spawn ${cmd} failed: ${err.message}\n`));
    child.unref();
    return child;
  } finally {
    fs.closeSync(fd);
  }
}

async function waitForPort(cfg, child, { host, port }, { timeoutMs, name, logFile }) {
  const ok = await waitUntil(
    async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw exitedError(cfg, name, child, logFile);
      return canConnect({ host, port });
    },
    { timeoutMs },
  );
  if (!ok)
    throw new Error(
      `${name} (pid ${child.pid}) does not listen on ${host}:${port} after ${timeoutMs / 1000} s; see ${logFile}`,
    );
}

function exitedError(cfg, name, child, logFile) {
  forgetStarted(cfg, name);
  const how = child.signalCode ? `signal ${child.signalCode}` : `exit ${child.exitCode}`;
  return new Error(
    `${name} exited during start-up (${how}); last lines of ${logFile}:\n${tail(logFile, 10)}`,
  );
}

/** Runs a command to completion with all output appended to logFile; resolves to the exit code. */
function run(cmd, args, { cwd, env, logFile, heartbeat }) {
  return new Promise((resolve, reject) => {
    const fd = fs.openSync(logFile, 'a');
    fs.writeSync(fd, `\n[infra ${new Date().toISOString()}] ${cmd} ${args.join(' ')}\n`);
    const t0 = Date.now();
    const timer =
      heartbeat &&
      setInterval(() => heartbeat(`  … still running (${Math.round((Date.now() - t0) / 1000)} s)`), 10_000);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', fd, fd] });
    const end = () => {
      clearInterval(timer);
      fs.closeSync(fd);
    };
    child.on('error', (err) => {
      end();
      reject(new Error(`cannot run ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      end();
      resolve(code ?? `signal ${signal}`);
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Is the recorded process group still the one we started? A live leader must still have our
 * command line (pids get reused); a dead leader with live members means our orphans, because
 * Linux does not hand out a pid that is still in use as a process-group id.
 */
function ownsGroup({ pid, match }) {
  if (isAlive(pid)) {
    try {
      return !match || fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(match);
    } catch {
      return true; // no /proc (macOS): trust the pid
    }
  }
  return isAlive(-pid);
}

async function stopProcessGroup(entry) {
  if (!entry.pid || !ownsGroup(entry)) return 'was no longer running';
  signalGroup(entry.pid, 'SIGTERM');
  if (await waitUntil(() => !isAlive(-entry.pid), { timeoutMs: 20_000, intervalMs: 250 }))
    return `pid ${entry.pid} stopped`;
  signalGroup(entry.pid, 'SIGKILL');
  await waitUntil(() => !isAlive(-entry.pid), { timeoutMs: 5000, intervalMs: 250 });
  return `pid ${entry.pid} killed (did not stop within 20 s)`;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err;
  }
}

// ───────────────────────────── state file ─────────────────────────────

function stateFile(cfg, name) {
  return path.join(cfg.stateDir, name);
}

function readState(cfg) {
  const file = stateFile(cfg, 'infra.json');
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { started: Array.isArray(parsed.started) ? parsed.started : [] };
  } catch (err) {
    if (err.code === 'ENOENT') return { started: [] };
    throw new Error(`cannot read ${file} (${err.message}): fix or delete it`);
  }
}

function writeState(cfg, state) {
  const file = stateFile(cfg, 'infra.json');
  fs.mkdirSync(cfg.stateDir, { recursive: true });
  // Write-then-rename: a crash never leaves a half-written file that would hide what we started.
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

function recordStarted(cfg, entry) {
  const { started } = readState(cfg);
  writeState(cfg, {
    started: [...started.filter((e) => e.name !== entry.name), { ...entry, at: new Date().toISOString() }],
  });
}

function forgetStarted(cfg, name) {
  const { started } = readState(cfg);
  writeState(cfg, { started: started.filter((e) => e.name !== name) });
}

/** Entries whose process died on its own would otherwise make stopInfra chase recycled pids. */
function forgetDeadEntries(cfg) {
  const { started } = readState(cfg);
  const alive = started.filter((e) => e.cluster || (e.pid && ownsGroup(e)));
  if (alive.length !== started.length) writeState(cfg, { started: alive });
}

// ───────────────────────────── small helpers ─────────────────────────────

async function withStep(log, name, fn) {
  const s = step(log, name);
  try {
    return await fn(s.done);
  } catch (err) {
    throw s.fail(err);
  }
}

function markReported(err) {
  if (err && typeof err === 'object') err[REPORTED] = true;
  return err;
}

function canConnect(target, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect(target);
    const finish = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** Polls check() until it returns true (→ true) or timeoutMs passes (→ false); onTick(seconds) every 10 s. */
async function waitUntil(check, { timeoutMs, intervalMs = 500, onTick }) {
  const t0 = Date.now();
  let nextTick = 10;
  while (Date.now() - t0 < timeoutMs) {
    if (await check()) return true;
    const seconds = Math.floor((Date.now() - t0) / 1000);
    if (onTick && seconds >= nextTick) {
      onTick(nextTick);
      nextTick += 10;
    }
    await sleep(intervalMs);
  }
  return check();
}

function which(cmd, extraDirs = []) {
  const dirs = [...(process.env.PATH || '').split(path.delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, cmd);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

function isLocalHost(host) {
  return LOCAL_HOSTS.has(host) || host.startsWith('/');
}

function bareHost(hostname) {
  return hostname.replace(/^\[(.*)\]$/, '$1');
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
