#!/usr/bin/env node
// Gateway benchmark: our gateway vs a bare @apollo/gateway vs the subgraphs called directly,
// measured side by side in one run; then the hostile-load benchmark (bench/hostile.mjs): one
// tenant's normal mix beside another tenant's attacks. `npm run bench` builds and prepares the
// stack, then runs this file; see bench/README.md. `--only=gateway` or `--only=hostile` runs one
// part, `--quick` shortens the hostile part for development. `node bench/run.mjs --bare-gateway`
// is the bare gateway's child process, not for use by hand.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHostile } from './hostile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SUPERGRAPH = path.join(root, 'gateway/supergraph.graphql');

// ─── configuration ─────────────────────────────────────────────────────────────────────────

function options() {
  const arg = (name, fallback) => {
    const a = process.argv.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : fallback;
  };
  const only = process.argv.find((x) => x.startsWith('--only='))?.split('=')[1];
  if (only && !['gateway', 'hostile'].includes(only)) throw new Error(`--only=gateway or --only=hostile`);
  return {
    only,
    quick: process.argv.includes('--quick'),
    warmupS: arg('warmup', 3),
    durationS: arg('duration', 10),
    sliceS: arg('slice', 2),
    runs: arg('runs', 3),
    concurrency: arg('concurrency', 16),
    properties: 20,
  };
}

// The KPIs of the running month: what a dashboard asks for, and what the appraisal schedule
// evaluates "up to today".
const PERIOD = new Date().toISOString().slice(0, 7);

const LIST_BODY = { query: '{ properties(first: 20) { edges { node { id name } } } }' };
const PLAN_LIST_BODY = { query: '{properties(first:20){edges{node{__typename id name}}}}' };
/**
 * Each query says which subgraphs answer it and how `direct` reproduces, without a gateway,
 * the fetches its query plan makes. `direct(call, urls)` returns undefined on a failed call, else a
 * function building the answer a gateway would assemble (only called for the check before
 * measuring, so the load generator does not pay for it).
 */
const QUERIES = [
  {
    name: 'one-subgraph',
    query: LIST_BODY.query,
    subgraphs: ['tenancy'],
    goals: { bare: 0.85, direct: 0.4 },
    direct: async (call, sub) => {
      const text = await call(sub.tenancy, LIST_BODY);
      return text && (() => JSON.parse(text).data);
    },
  },
  {
    // Property is owned by tenancy; staffKpis is resolved by appraisal through `_entities`.
    name: 'join',
    query: `{ properties(first: 20) { edges { node { id name staffKpis(period: "${PERIOD}") { meanScore checksDone checksDue } } } } }`,
    subgraphs: ['tenancy', 'appraisal'],
    // Two fetches in sequence instead of one: the ceiling against calling the subgraphs
    // directly is lower than for one subgraph.
    goals: { bare: 0.85, direct: 0.25 },
    // The two operations @apollo/query-planner makes of the query (printed from the plan of
    // gateway/supergraph.graphql), sent one after the other, each signed, as the gateway does.
    direct: async (call, sub) => {
      const list = await call(sub.tenancy, PLAN_LIST_BODY);
      if (!list) return undefined;
      const nodes = JSON.parse(list).data.properties.edges.map((e) => e.node);
      const kpis = await call(sub.appraisal, {
        query: `query($representations:[_Any!]!){_entities(representations:$representations){...on Property{staffKpis(period:"${PERIOD}"){meanScore checksDone checksDue}}}}`,
        variables: { representations: nodes.map(({ __typename, id }) => ({ __typename, id })) },
      });
      return (
        kpis &&
        (() => {
          const entities = JSON.parse(kpis).data._entities;
          return {
            properties: {
              edges: nodes.map((n, i) => ({
                node: { id: n.id, name: n.name, staffKpis: entities[i].staffKpis },
              })),
            },
          };
        })
      );
    },
  },
];
// Started by the bench and measured for CPU; the other subgraphs of the supergraph are not:
// the planner needs only their SDL, and these queries never reach them.
const SUBGRAPHS = {
  tenancy: 'services/tenancy/dist/main.js',
  appraisal: 'services/appraisal/dist/main.js',
};

const TARGETS = {
  ours: 'our gateway (auth, limits, tracing on)',
  bare: 'bare @apollo/gateway (no auth, no limits, no tracing)',
  direct: 'the subgraphs, called directly: the fetches of the query plan, in sequence, signed by the bench',
};

const keycloakUrl = (process.env.KEYCLOAK_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const { loadConfig, platformSpec } = require('@pm/config');
// The same secret (and local default) the gateway and the subgraph read.
const { internalSecret } = loadConfig({ internalSecret: platformSpec.internalSecret }, process.env);
const { INTERNAL_HEADER, signInternal } = require('@pm/auth');

// ─── the bare gateway (child process) ────────────────────────────────────────────────────────

/**
 * Stock ApolloServer + ApolloGateway on startStandaloneServer, same supergraph. The only
 * addition is what our subgraphs insist on: the bearer token forwarded and the gateway's
 * signed header. No verification, no limits, no OpenTelemetry.
 */
async function bareGateway() {
  const { ApolloServer } = require('@apollo/server');
  const { startStandaloneServer } = require('@apollo/server/standalone');
  const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
  const port = Number(process.env.BARE_PORT);

  class ForwardingDataSource extends RemoteGraphQLDataSource {
    willSendRequest({ request, context }) {
      if (context.authorization) request.http.headers.set('authorization', context.authorization);
      request.http.headers.set(INTERNAL_HEADER, signInternal(internalSecret, context.authorization ?? ''));
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
    // Routed by subgraph name like ours (SUBGRAPH_<NAME>_URL), else to the supergraph's URL.
    buildService: ({ name, url }) =>
      new ForwardingDataSource({ url: process.env[`SUBGRAPH_${name.toUpperCase()}_URL`] ?? url }),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  process.once('SIGTERM', () => server.stop().finally(() => process.exit(0)));
}

// ─── processes ─────────────────────────────────────────────────────────────────────────────

async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

function startChild(name, args, env) {
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  proc.stdout.on('data', (c) => output.push(c.toString()));
  proc.stderr.on('data', (c) => output.push(c.toString()));
  return { name, proc, output };
}

async function waitUntil(child, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null)
      throw new Error(`${child.name} exited (${child.proc.exitCode}):\n${child.output.join('')}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${child.name} not ready after ${timeoutMs / 1000} s:\n${child.output.join('')}`);
}

async function stopChild(child) {
  if (!child || child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const exited = new Promise((r) => child.proc.once('exit', r));
  child.proc.kill('SIGTERM');
  const t = setTimeout(() => child.proc.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(t);
}

/** CPU time (user + system) a process has used so far, in ms; undefined off Linux. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return undefined;
  }
}

/** Where the OTLP exporters send spans: read and dropped, so tracing costs what it costs in production. */
async function startSink() {
  let requests = 0;
  let bytes = 0;
  const server = http.createServer((req, res) => {
    req.on('data', (c) => (bytes += c.length));
    req.on('end', () => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stats: () => ({ requests, bytes }),
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
}

// ─── tenant for the bench ────────────────────────────────────────────────────────────────────

async function post(url, body, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function passwordToken(realm, username, password) {
  const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'pm-console',
      username,
      password,
      scope: 'openid',
    }),
  });
  const body = await res.json();
  if (!body.access_token) throw new Error(`login failed: ${res.status} ${JSON.stringify(body)}`);
  return { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
}

async function adminToken() {
  const res = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KEYCLOAK_ADMIN_USER ?? 'admin',
      password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  const { access_token } = await res.json();
  if (!access_token) throw new Error(`keycloak admin login failed: ${res.status}`);
  return access_token;
}

async function deleteRealm(realm, token) {
  const del = await fetch(`${keycloakUrl}/admin/realms/${encodeURIComponent(realm)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token ?? (await adminToken())}` },
  });
  if (del.status !== 204 && del.status !== 404) throw new Error(`deleting realm ${realm}: ${del.status}`);
}

/** Signs up a company through the gateway; `onRealm` hears of its realm before anything else can fail. */
async function setUpCompany(gatewayUrl, properties, onRealm = () => undefined) {
  const slug = `bench-${randomBytes(4).toString('hex')}`;
  const password = `Bench-${randomBytes(6).toString('hex')}`;
  const { signUpPropertyCompany: c } = await post(gatewayUrl, {
    query:
      'mutation($input: SignUpInput!) { signUpPropertyCompany(input: $input) { tenantId realm adminUsername } }',
    variables: {
      input: {
        companyName: `Bench ${slug}`,
        slug,
        adminEmail: `admin@${slug}.test`,
        adminPassword: password,
      },
    },
  });
  onRealm(c.realm);
  const login = () => passwordToken(c.realm, c.adminUsername, password);
  const session = { realm: c.realm, slug, ...(await login()) };
  // Tokens are reused for the whole bench; a new one is fetched only between runs, when it nears expiry.
  session.fresh = async () => {
    if (session.expiresAt - Date.now() < 90_000) Object.assign(session, await login());
    return session.token;
  };
  for (let i = 0; i < properties; i++)
    await post(
      gatewayUrl,
      {
        query: 'mutation($i: CreatePropertyInput!) { createProperty(input: $i) { id } }',
        variables: { i: { name: `Garden ${i + 1}`, kind: 'RESIDENTIAL' } },
      },
      { authorization: `Bearer ${session.token}` },
    );
  return session;
}

// ─── load generator ──────────────────────────────────────────────────────────────────────────

/**
 * Closed loop: `concurrency` workers, each sends its next request when the last one answered,
 * over keep-alive connections (one agent per target, one socket per worker and subgraph, kept
 * across slices). A request is `request(call)`: one call for a gateway, the calls of the query
 * plan one after the other for `direct`. Latency is measured per request; a call counts only if
 * it is HTTP 200 with data and no errors, a request only if all its calls do.
 */
function client({ request, headers, concurrency }) {
  // Node drops an idle socket before the server's `Keep-Alive: timeout=` hint runs out only if
  // the agent has a timeout of its own; without one, a socket left idle past the bare
  // gateway's 5 s (Node's default; ours keeps 65 s) while the other targets take their turn
  // is reused just as the server closes it, and the request fails with ECONNRESET.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, timeout: 60_000 });
  const endpoints = new Map();
  const endpoint = (url) => {
    if (!endpoints.has(url)) {
      const { hostname, port, pathname } = new URL(url);
      endpoints.set(url, { hostname, port, path: pathname });
    }
    return endpoints.get(url);
  };
  const payloads = new WeakMap();
  // The first failure is kept for the results file: an error count alone does not say whose.
  let firstError;
  const failed = (why) => {
    firstError ??= why;
    return undefined;
  };
  // The response text, or undefined if the call failed.
  const call = (url, body) =>
    new Promise((resolve) => {
      // A gateway's body never changes; a second fetch of a plan depends on the first's answer.
      let payload = payloads.get(body);
      if (!payload) payloads.set(body, (payload = Buffer.from(JSON.stringify(body))));
      const req = http.request(
        {
          agent,
          ...endpoint(url),
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers() },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => {
            if (res.statusCode === 200 && text.startsWith('{"data":') && !text.includes('"errors"'))
              resolve(text);
            else resolve(failed(`${url}: HTTP ${res.statusCode} ${text.slice(0, 300)}`));
          });
          res.on('error', (e) => resolve(failed(`${url}: ${e.message}`)));
        },
      );
      req.on('error', (e) => resolve(failed(`${url}: ${e.message}`)));
      req.end(payload);
    });

  return {
    /** One request; its answer, as a gateway would assemble it. */
    async answer() {
      const build = await request(call);
      if (!build) throw new Error(firstError);
      return build();
    },
    /** Drives load for `seconds`; the slice lasts until the last request started in it has answered. */
    async drive(seconds) {
      const latencies = [];
      let errors = 0;
      const started = performance.now();
      const deadline = started + seconds * 1000;
      const worker = async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          if (await request(call)) latencies.push(performance.now() - t0);
          else errors++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return { latencies, errors, seconds: (performance.now() - started) / 1000, firstError };
    },
    close: () => agent.destroy(),
  };
}

function summarize(slices) {
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const pct = (p) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
      : NaN;
  return {
    requests: latencies.length,
    errors: slices.reduce((n, s) => n + s.errors, 0),
    seconds,
    rps: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
    firstError: slices.find((s) => s.errors)?.firstError,
  };
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
/** Numbers of a results object rounded for the committed file, at any depth. */
const rounded = (v, d = 2) =>
  v === undefined
    ? null
    : typeof v === 'number'
      ? round(v, d)
      : Array.isArray(v)
        ? v.map((x) => rounded(x, d))
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x, d)]))
          : v;

/** Polls `check` until it resolves without throwing; the last error explains a timeout. */
async function eventually(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`${what} after ${timeoutMs / 1000} s: ${e.message}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * One tenancy and one appraisal process, our gateway and the bare one. Quotas and the sign-up
 * limiter count under a key prefix of this run, so counts left in Redis by other runs or by a
 * platform running beside the bench neither refuse nor admit the bench's requests. Our gateway
 * trusts X-Forwarded-For from loopback (TRUSTED_PROXIES): the hostile part sends its sign-ups
 * "from" an address of its own, as an ingress on this machine would report it.
 */
async function startStack(sink, children) {
  const redisPrefix = { REDIS_KEY_PREFIX: `pm-bench-${randomBytes(4).toString('hex')}:` };
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url };
  // Tenancy first: the other subgraphs and the gateways read the tenant directory from it.
  const sub = {};
  const subUrls = {};
  for (const [name, entry] of Object.entries(SUBGRAPHS)) {
    const port = await freePort();
    subUrls[name] = `http://127.0.0.1:${port}/graphql`;
    sub[name] = startChild(name, [entry], {
      ...otel,
      ...redisPrefix,
      PORT: String(port),
      SUBGRAPH_TENANCY_URL: subUrls.tenancy,
    });
    children.push(sub[name]);
    await waitUntil(sub[name], async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok);
  }
  // Both gateways route each subgraph the bench started to its port, by subgraph name.
  const routes = Object.fromEntries(
    Object.entries(subUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
  );
  const [oursPort, barePort] = [await freePort(), await freePort()];
  const ours = startChild('gateway', ['gateway/dist/main.js'], {
    ...otel,
    ...routes,
    ...redisPrefix,
    TRUSTED_PROXIES: 'loopback',
    // The gateway part sends one user's token from 16 workers at hundreds of requests a second:
    // the quotas a deployment sets per plan would stop it; the hostile part's attacks are refused
    // by the limits and the per-address brake, which keep their defaults.
    QUOTA_USER_REQUESTS: '10000000',
    QUOTA_TENANT_REQUESTS: '10000000',
    QUOTA_USER_COST: '1000000000',
    QUOTA_TENANT_COST: '1000000000',
    GATEWAY_PORT: String(oursPort),
  });
  const bare = startChild('bare-gateway', ['bench/run.mjs', '--bare-gateway'], {
    ...routes,
    BARE_PORT: String(barePort),
  });
  children.push(ours, bare);
  await waitUntil(ours, async () => (await fetch(`http://127.0.0.1:${oursPort}/ready`)).ok);
  const urls = {
    ours: `http://127.0.0.1:${oursPort}/graphql`,
    bare: `http://127.0.0.1:${barePort}/graphql`,
  };
  await waitUntil(
    bare,
    async () =>
      (
        await fetch(urls.bare, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        })
      ).ok,
  );

  return { sub, subUrls, ours, bare, urls };
}

/** The gateway part: one-subgraph and join, ours vs bare vs direct (see bench/README.md). */
async function gatewayBench(o, { sub, subUrls, ours, bare, urls }, sink, realms) {
  const loadavg = {};
  loadavg.start = os.loadavg();
  if (loadavg.start[0] > os.cpus().length / 2)
    console.log(
      `warning: load average ${loadavg.start[0].toFixed(2)} on ${os.cpus().length} CPUs before the bench; other work on this machine skews the figures`,
    );
  const session = await setUpCompany(urls.ours, o.properties, (r) => realms.add(r));
  // Appraisal learns of properties from tenancy's property.created events (NATS); until its
  // projection has them, staffKpis answers NOT_FOUND.
  const waitStarted = Date.now();
  for (const q of QUERIES.filter((x) => x.subgraphs.includes('appraisal')))
    await eventually(`appraisal has not seen the bench company's properties`, () =>
      post(urls.ours, { query: q.query }, { authorization: `Bearer ${session.token}` }),
    );
  const projectionWaitS = (Date.now() - waitStarted) / 1000;
  console.log(
    `company ${session.realm} with ${o.properties} properties (in appraisal's projection ${projectionWaitS.toFixed(1)} s after the last was created); ${o.concurrency} workers per target; per run: ${o.warmupS} s warm-up, then ${o.durationS} s measured per target in ${o.sliceS} s turns; ${o.runs} runs, median\n`,
  );

  let signed = { at: 0, value: '' };
  const headersFor = (target) => () => {
    const authorization = `Bearer ${session.token}`;
    if (target !== 'direct') return { authorization };
    if (Date.now() - signed.at > 1_000 || signed.for !== authorization)
      signed = { at: Date.now(), for: authorization, value: signInternal(internalSecret, authorization) };
    return { authorization, [INTERNAL_HEADER]: signed.value };
  };
  const clientsFor = (q, concurrency) => {
    const body = { query: q.query };
    const requests = {
      ours: async (call) => {
        const text = await call(urls.ours, body);
        return text && (() => JSON.parse(text).data);
      },
      bare: async (call) => {
        const text = await call(urls.bare, body);
        return text && (() => JSON.parse(text).data);
      },
      direct: (call) => q.direct(call, subUrls),
    };
    return Object.fromEntries(
      Object.keys(TARGETS).map((t) => [
        t,
        client({ request: requests[t], headers: headersFor(t), concurrency }),
      ]),
    );
  };

  const results = [];
  const pidOf = { ours: ours.proc.pid, bare: bare.proc.pid };
  for (const q of QUERIES) {
    // Each target is asked for the same answer before anything is measured.
    const check = clientsFor(q, 1);
    const answers = {};
    for (const t of Object.keys(TARGETS)) answers[t] = JSON.stringify(await check[t].answer());
    Object.values(check).forEach((c) => c.close());
    if (new Set(Object.values(answers)).size !== 1)
      throw new Error(`targets disagree on ${q.query}: ${JSON.stringify(answers)}`);
    if ((JSON.parse(answers.ours)?.properties?.edges ?? []).length !== o.properties)
      throw new Error(`expected ${o.properties} properties: ${answers.ours}`);

    const runs = { ours: [], bare: [], direct: [] };
    for (let r = 1; r <= o.runs; r++) {
      await session.fresh();
      const clients = clientsFor(q, o.concurrency);
      for (const t of Object.keys(TARGETS)) await clients[t].drive(o.warmupS);
      // The targets take turns in short slices, so drift (GC, autovacuum, other load on the
      // machine) falls on all three alike; each gets `duration` seconds in all.
      const slices = { ours: [], bare: [], direct: [] };
      const cpu = Object.fromEntries(
        Object.keys(TARGETS).map((t) => [
          t,
          { gw: 0, sub: Object.fromEntries(q.subgraphs.map((s) => [s, 0])) },
        ]),
      );
      for (let done = 0; done < o.durationS - 1e-9; done += o.sliceS) {
        for (const t of Object.keys(TARGETS)) {
          const gw0 = pidOf[t] && cpuMs(pidOf[t]);
          const sub0 = Object.fromEntries(q.subgraphs.map((s) => [s, cpuMs(sub[s].proc.pid)]));
          slices[t].push(await clients[t].drive(Math.min(o.sliceS, o.durationS - done)));
          if (pidOf[t]) cpu[t].gw += cpuMs(pidOf[t]) - gw0;
          for (const s of q.subgraphs) cpu[t].sub[s] += cpuMs(sub[s].proc.pid) - sub0[s];
        }
      }
      for (const t of Object.keys(TARGETS)) {
        clients[t].close();
        const m = summarize(slices[t]);
        m.gatewayCpuUsPerReq = pidOf[t] ? (cpu[t].gw * 1000) / m.requests : undefined;
        // Every subgraph the query reaches, summed; and each on its own.
        m.subgraphCpuUsPerReq = (Object.values(cpu[t].sub).reduce((a, b) => a + b, 0) * 1000) / m.requests;
        m.subgraphCpuUsPerReqBy = Object.fromEntries(
          q.subgraphs.map((s) => [s, (cpu[t].sub[s] * 1000) / m.requests]),
        );
        runs[t].push(m);
        console.log(
          `  ${q.name} run ${r}/${o.runs} ${t.padEnd(6)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms${m.errors ? `  ${m.errors} errors` : ''}`,
        );
      }
    }
    const summary = Object.fromEntries(
      Object.entries(runs).map(([t, ms]) => [
        t,
        {
          rps: median(ms.map((m) => m.rps)),
          p50: median(ms.map((m) => m.p50)),
          p99: median(ms.map((m) => m.p99)),
          errors: ms.reduce((n, m) => n + m.errors, 0),
          firstError: ms.find((m) => m.errors)?.firstError,
          gatewayCpuUsPerReq: t === 'direct' ? undefined : median(ms.map((m) => m.gatewayCpuUsPerReq)),
          subgraphCpuUsPerReq: median(ms.map((m) => m.subgraphCpuUsPerReq)),
          subgraphCpuUsPerReqBy: Object.fromEntries(
            q.subgraphs.map((s) => [s, median(ms.map((m) => m.subgraphCpuUsPerReqBy[s]))]),
          ),
        },
      ]),
    );
    // Ratios are taken per run (the three targets measured back to back), then the median.
    const ratios = Object.fromEntries(
      Object.entries(q.goals).map(([t, goal]) => {
        const perRun = runs.ours.map((m, i) => m.rps / runs[t][i].rps);
        const value = median(perRun);
        return [`ours/${t}`, { value, perRun, goal, met: value >= goal }];
      }),
    );
    results.push({ query: q.name, text: q.query, subgraphs: q.subgraphs, runs, summary, ratios });
  }

  // ─── report ──────────────────────────────────────────────────────────────────────────
  console.log('');
  for (const r of results) {
    console.log(`${r.query}: ${r.text}`);
    // With more than one subgraph, the sum is followed by each subgraph's share.
    const subCols = r.subgraphs.length > 1 ? r.subgraphs : [];
    const cell = (x, w) => (x === undefined ? '–' : x.toFixed(0)).padStart(w);
    console.log(
      `  ${'target'.padEnd(8)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'gw CPU µs/req'.padStart(15)}${'sub CPU µs/req'.padStart(16)}` +
        subCols.map((s) => ` ${s}`.padStart(12)).join('') +
        `${'errors'.padStart(8)}`,
    );
    for (const [t, s] of Object.entries(r.summary))
      console.log(
        `  ${t.padEnd(8)}${s.rps.toFixed(0).padStart(9)}${s.p50.toFixed(1).padStart(9)}${s.p99.toFixed(1).padStart(9)}` +
          `${cell(s.gatewayCpuUsPerReq, 15)}${cell(s.subgraphCpuUsPerReq, 16)}` +
          subCols.map((x) => cell(s.subgraphCpuUsPerReqBy[x], 12)).join('') +
          `${String(s.errors).padStart(8)}`,
      );
    for (const [t, s] of Object.entries(r.summary))
      if (s.firstError) console.log(`  ${t}: first error: ${s.firstError}`);
    for (const [name, x] of Object.entries(r.ratios))
      console.log(
        `  ${name.padEnd(12)} ${x.value.toFixed(2)}×  (runs: ${x.perRun.map((v) => v.toFixed(2)).join(', ')})  target ≥ ${x.goal.toFixed(2)}×  ${x.met ? 'met' : 'MISSED'}`,
      );
    console.log('');
  }

  await writeResults('gateway', {
    date: new Date().toISOString(),
    machine: machine(),
    options: o,
    targets: TARGETS,
    note: 'one tenancy and one appraisal subgraph process shared by all targets, with tracing on (OTLP/HTTP to a local sink); load generator, gateways, subgraphs, PostgreSQL, NATS and Keycloak on the same machine',
    loadavg: { ...loadavg, end: os.loadavg() },
    otlpSink: sink.stats(),
    projectionWaitS: round(projectionWaitS),
    results: results.map((r) => ({
      ...r,
      runs: rounded(r.runs),
      summary: rounded(r.summary),
      ratios: Object.fromEntries(
        Object.entries(r.ratios).map(([k, x]) => [
          k,
          { ...x, value: round(x.value, 3), perRun: rounded(x.perRun, 3) },
        ]),
      ),
    })),
  });
}

const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model.trim(),
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
});

/** `bench/results/<part>-<date>.json`; a second run on the same day overwrites that day's file. */
async function writeResults(part, json) {
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(root, 'bench/results', `${part}-${date}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  let text = `${JSON.stringify(json, null, 2)}\n`;
  try {
    // Committed as evidence, so formatted the way `npm run lint` checks it.
    const prettier = require('prettier');
    text = await prettier.format(text, { ...(await prettier.resolveConfig(file)), parser: 'json' });
  } catch {
    // prettier is a dev dependency; unformatted JSON is still JSON
  }
  writeFileSync(file, text);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}

async function main() {
  const o = options();
  for (const entry of [...Object.values(SUBGRAPHS), 'gateway/dist/main.js'])
    if (!existsSync(path.join(root, entry)))
      throw new Error(`${entry} is missing: run \`npm run bench\` (it builds first)`);

  const children = [];
  // Every realm the bench made (companies, admitted hostile sign-ups), deleted whatever happens.
  const realms = new Set();
  const cleanup = async () => {
    for (const realm of realms)
      await deleteRealm(realm).catch((e) => console.error(`could not delete realm ${realm}: ${e.message}`));
    realms.clear();
    await Promise.all(children.map(stopChild));
  };
  process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));

  const sink = await startSink();
  try {
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    );
    const stack = await startStack(sink, children);
    if (o.only !== 'hostile') await gatewayBench(o, stack, sink, realms);
    if (o.only !== 'gateway')
      await runHostile(
        {
          ...stack,
          keycloakUrl,
          realms,
          post,
          passwordToken,
          adminToken,
          deleteRealm,
          setUpCompany,
          eventually,
          cpuMs,
          median,
          round,
          rounded,
          writeResults,
          machine,
          period: PERIOD,
        },
        o,
      );
  } finally {
    await cleanup();
    await sink.close();
  }
}

if (process.argv.includes('--bare-gateway')) await bareGateway();
else await main();
