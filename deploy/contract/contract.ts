/**
 * The config contract: what each deployable reads (its config.ts spec, `variablesOf`) against what
 * a deployment gives it — deploy/compose.yaml and the rendered Helm chart. A deployment passes
 * when, for every deployable it runs, in production mode:
 *   - every variable production needs is set,
 *   - every secret comes from a secret store (Helm: secretKeyRef; compose: `${X:?}` from
 *     deploy/.env) and has no default anywhere,
 *   - the deployable's own config loads with those values (secrets replaced by valid stand-ins),
 *   - nothing is set that the deployable does not read (a misspelt or stale name).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';
import {
  ConfigError,
  Var,
  VarInfo,
  demoSeedSpec,
  loadConfig,
  migrateSpec,
  smokeSpec,
  variablesOf,
} from '@pm/config';
import { gatewaySpec } from '../../gateway/src/config';
import { appraisalSpec } from '../../services/appraisal/src/config';
import { billingSpec } from '../../services/billing/src/config';
import { customersSpec } from '../../services/customers/src/config';
import { tenancySpec } from '../../services/tenancy/src/config';
import { ticketsSpec } from '../../services/tickets/src/config';
import { webhooksSpec } from '../../services/webhooks/src/config';

export const root = path.resolve(__dirname, '../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

type Spec = Record<string, Var<unknown>>;

/** The console (nginx) reads exactly the `${PM_*}` its configuration template names. */
export function consoleVariables(template = read('deploy/console/default.conf.template')): VarInfo[] {
  const names = [...new Set([...template.matchAll(/\$\{(PM_[A-Z0-9_]+)\}/g)].map((m) => m[1]))];
  return names.map((name) => ({ name, secret: false, requiredInProduction: true }));
}

const SPECS: Record<string, Spec | undefined> = {
  gateway: gatewaySpec,
  tenancy: tenancySpec,
  customers: customersSpec,
  tickets: ticketsSpec,
  billing: billingSpec,
  appraisal: appraisalSpec,
  webhooks: webhooksSpec,
  migrate: migrateSpec,
  seed: demoSeedSpec,
  smoke: smokeSpec,
  console: undefined,
};

/** Every deployable and the variables it reads, from its own spec (never a copy kept by hand). */
export const DEPLOYABLES: Record<string, { vars: VarInfo[]; spec?: Spec }> = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]) => [
    name,
    { spec, vars: spec ? variablesOf(spec) : consoleVariables() },
  ]),
);

/**
 * Set by deployments although no config.ts reads them, each for a reason: the compose
 * healthcheck probes `$PORT`; the local CLI (migrate, seed, smoke) keeps its state under
 * PM_STATE_DIR, which must be writable on a read-only root filesystem.
 */
const NOT_CONFIG: Record<string, string> = {
  PORT: 'the compose healthcheck of the gateway probes 127.0.0.1:$PORT',
  PM_STATE_DIR: 'state directory of deploy/local/cli.mjs',
};

/** One variable as a deployment provides it. */
export interface Provided {
  /** The value with every secret-store reference replaced by a stand-in (for loading the config). */
  value: string;
  /** Where it came from: a literal, a shared ConfigMap, a secret store reference. */
  from: 'literal' | 'configmap' | 'secret';
  /** The problem with how it is provided (a secret with a default, ...), if any. */
  problem?: string;
}

export type DeploymentEnv = Record<string, Provided>;

export function checkDeployable(
  where: string,
  deployable: string,
  env: DeploymentEnv,
  explicit: string[],
): string[] {
  const d = DEPLOYABLES[deployable];
  if (!d) return [`${where}: ${deployable} is no deployable of the platform`];
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${where} ${deployable}: ${m}`);
  const known = new Map(d.vars.map((v) => [v.name, v]));
  if (d.spec && env.NODE_ENV?.value !== 'production')
    say(`NODE_ENV is ${JSON.stringify(env.NODE_ENV?.value)}, not production`);
  for (const v of d.vars) {
    const p = env[v.name];
    if (!p || p.value === '') {
      if (v.requiredInProduction) say(`${v.name} is required in production but not set`);
      continue;
    }
    if (p.problem) say(`${v.name}: ${p.problem}`);
    if (v.secret && p.from !== 'secret') say(`${v.name} is a secret but comes from a ${p.from} value`);
  }
  for (const name of explicit)
    if (!known.has(name) && !NOT_CONFIG[name]) say(`${name} is set but ${deployable} never reads it`);
  if (d.spec) {
    const values = Object.fromEntries(Object.entries(env).map(([k, p]) => [k, p.value]));
    try {
      loadConfig(d.spec, values);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      for (const m of e.problems) say(`its config refuses to load: ${m}`);
    }
  }
  return problems;
}

/* ---------------------------------------------------------------- compose */

const SECRET_NAME = /PASSWORD|SECRET|_KEY$|TOKEN/;

/** A stand-in for a value compose takes from deploy/.env: hex like compose-env.mjs writes. */
const standIn = (name: string) =>
  (Buffer.from(name).toString('hex') + 'abcdef0123456789'.repeat(4)).slice(0, 48);

/**
 * A compose value with `${X:-default}`, `${X-default}`, `${X:?err}`, `${X}` resolved the way
 * `docker compose` does with an empty shell: defaults taken, required ones (`:?`, from
 * deploy/.env) replaced by a stand-in.
 */
export function interpolate(raw: string): { value: string; required: string[]; defaulted: string[] } {
  const required: string[] = [];
  const defaulted: string[] = [];
  const value = raw.replace(/\$\{([A-Za-z0-9_]+)(?:(:?[-?])([^}]*))?\}/g, (_m, name, op, arg) => {
    if (op === ':?' || op === '?') {
      required.push(name);
      return standIn(name);
    }
    if (op === ':-' || op === '-') {
      defaulted.push(name);
      return arg;
    }
    defaulted.push(name);
    return '';
  });
  return { value: value.replace(/\$\$/g, '$'), required, defaulted };
}

export interface ComposeFile {
  services: Record<
    string,
    { environment?: Record<string, string | number | boolean | null>; [k: string]: any }
  >;
}

export const readCompose = (text = read('deploy/compose.yaml')): ComposeFile => parse(text, { merge: true });

/** Compose services that run a deployable of the platform (the rest is PostgreSQL, NATS, ...). */
const COMPOSE_DEPLOYABLES = Object.keys(DEPLOYABLES).filter((d) => d !== 'smoke');

export function composeEnv(svc: ComposeFile['services'][string], secretNames: Set<string>): DeploymentEnv {
  const env: DeploymentEnv = {};
  for (const [name, raw] of Object.entries(svc.environment ?? {})) {
    if (raw === null || raw === undefined) continue; // passed through from the shell only when set there
    const { value, required, defaulted } = interpolate(String(raw));
    const secret = secretNames.has(name);
    let problem: string | undefined;
    if (secret && defaulted.some((n) => SECRET_NAME.test(n) || secretNames.has(n)))
      problem = `a secret with a default (${String(raw)})`;
    else if (secret && !required.length) problem = `a secret written into compose.yaml (${String(raw)})`;
    env[name] = { value, from: secret && required.length ? 'secret' : 'literal', problem };
  }
  return env;
}

export function checkCompose(
  compose: ComposeFile = readCompose(),
  text = read('deploy/compose.yaml'),
): string[] {
  const problems: string[] = [];
  const secretNames = new Set(
    Object.values(DEPLOYABLES).flatMap((d) => d.vars.filter((v) => v.secret).map((v) => v.name)),
  );
  // No secret anywhere in the file has a default (infrastructure's passwords included).
  for (const m of text.matchAll(/\$\{([A-Z0-9_]+)(:?-)[^}]*\}/g))
    if (SECRET_NAME.test(m[1]) || secretNames.has(m[1]))
      problems.push(`compose: \${${m[1]}} has a default; secrets must be required (\${${m[1]}:?...})`);
  for (const name of COMPOSE_DEPLOYABLES) {
    const svc = compose.services[name];
    if (!svc) {
      problems.push(`compose: no service runs ${name}`);
      continue;
    }
    const env = composeEnv(svc, secretNames);
    problems.push(...checkDeployable('compose', name, env, Object.keys(env)));
  }
  // Keycloak's issuer: the URL every deployable and the browser (console) use is the one
  // Keycloak puts into tokens (KC_HOSTNAME), and the keycloak container answers to its host.
  const kc = compose.services.keycloak;
  const issuer = interpolate(String(kc?.environment?.KC_HOSTNAME ?? '')).value;
  if (!/^https?:\/\//.test(issuer))
    problems.push('compose keycloak: KC_HOSTNAME must be the full issuer URL');
  else {
    const host = new URL(issuer).hostname;
    const aliases: string[] = (kc.networks?.default?.aliases ?? []).map((a: string) => interpolate(a).value);
    if (host !== 'keycloak' && !aliases.includes(host))
      problems.push(`compose keycloak: ${host} (KC_HOSTNAME) is not a name of the keycloak container`);
    for (const name of COMPOSE_DEPLOYABLES) {
      const env = compose.services[name]?.environment ?? {};
      for (const key of ['KEYCLOAK_URL', 'PM_KEYCLOAK_URL'])
        if (key in env && interpolate(String(env[key])).value !== issuer)
          problems.push(`compose ${name}: ${key} is not Keycloak's issuer ${issuer}`);
    }
  }
  // The passwords the services log in with are the ones the roles and users were made with.
  const pg = compose.services.postgres?.environment ?? {};
  const nats = compose.services.nats?.environment ?? {};
  const refs = (raw: unknown) => interpolate(String(raw ?? '')).required;
  for (const name of COMPOSE_DEPLOYABLES.filter((n) =>
    DEPLOYABLES[n].vars.some((v) => v.name === 'RELAY_DATABASE_URL'),
  )) {
    const env = compose.services[name]?.environment ?? {};
    for (const [key, pw] of [
      ['DATABASE_URL', 'PG_APP_PASSWORD'],
      ['RELAY_DATABASE_URL', 'PG_RELAY_PASSWORD'],
    ])
      if (!refs(env[key]).includes(pw) || !refs(pg[pw]).includes(pw))
        problems.push(
          `compose ${name}: ${key} must carry \${${pw}}, the password postgres creates the role with`,
        );
    const natsPw = `NATS_PASSWORD_${name.toUpperCase()}`;
    if (!refs(env.NATS_PASSWORD).includes(natsPw) || !refs(nats[natsPw]).includes(natsPw))
      problems.push(
        `compose ${name}: NATS_PASSWORD must be \${${natsPw}}, the nats server's password of ${name}`,
      );
  }
  return problems;
}

/* ---------------------------------------------------------------- Helm */

interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
}

const podSpec = (o: K8sObject) => (o.kind === 'Pod' ? o.spec : o.spec?.template?.spec);

export function helmEnv(
  container: any,
  configMaps: Map<string, Record<string, string>>,
  vars: Map<string, VarInfo>,
): { env: DeploymentEnv; explicit: string[]; problems: string[] } {
  const env: DeploymentEnv = {};
  const problems: string[] = [];
  for (const from of container.envFrom ?? []) {
    if (from.secretRef)
      problems.push(`envFrom secretRef ${from.secretRef.name}: its keys cannot be checked; use secretKeyRef`);
    if (from.configMapRef)
      for (const [k, v] of Object.entries(configMaps.get(from.configMapRef.name) ?? {}))
        env[k] = { value: String(v), from: 'configmap' };
  }
  const explicit: string[] = [];
  for (const e of container.env ?? []) {
    explicit.push(e.name);
    if ('value' in e) env[e.name] = { value: String(e.value ?? ''), from: 'literal' };
    else if (e.valueFrom?.secretKeyRef)
      env[e.name] = { value: vars.get(e.name)?.sample ?? standIn(e.name), from: 'secret' };
    else if (e.valueFrom?.configMapKeyRef) {
      const r = e.valueFrom.configMapKeyRef;
      env[e.name] = { value: configMaps.get(r.name)?.[r.key] ?? '', from: 'configmap' };
    } else problems.push(`${e.name}: neither a value nor a Secret/ConfigMap reference`);
  }
  return { env, explicit, problems };
}

/** Checks one rendered release (`helm template` output, all documents). */
export function checkHelm(label: string, objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const where = `helm ${label}`;
  if (objects.some((o) => o.kind === 'Secret')) problems.push(`${where}: the chart must not render Secrets`);
  const configMaps = new Map(
    objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, o.data ?? {}]),
  );
  const workloads = objects.filter((o) => ['Deployment', 'Job', 'Pod'].includes(o.kind));
  const seen = new Set<string>();
  const envOf: Record<string, DeploymentEnv> = {};
  for (const w of workloads) {
    const component = w.metadata.labels?.['app.kubernetes.io/component'] ?? w.metadata.name;
    seen.add(component);
    const d = DEPLOYABLES[component];
    if (!d) {
      problems.push(
        `${where}: ${w.kind} ${w.metadata.name} runs ${component}, no deployable of the platform`,
      );
      continue;
    }
    const container = podSpec(w).containers[0];
    const {
      env,
      explicit,
      problems: p,
    } = helmEnv(container, configMaps, new Map(d.vars.map((v) => [v.name, v])));
    problems.push(...p.map((m) => `${where} ${component}: ${m}`));
    problems.push(...checkDeployable(where, component, env, explicit));
    envOf[component] = env;
  }
  for (const d of [
    'gateway',
    'tenancy',
    'customers',
    'tickets',
    'billing',
    'appraisal',
    'migrate',
    'console',
    'smoke',
  ])
    if (!seen.has(d)) problems.push(`${where}: nothing runs ${d}`);
  // Cross-links: the gateway reaches each subgraph's Service on its port, the console and the
  // services agree on Keycloak's issuer, and the console's origin is allowed where it must be.
  const services = new Map(
    objects
      .filter((o) => o.kind === 'Service')
      .map((o) => [o.metadata.name, o.spec.ports.map((p: any) => p.port)]),
  );
  for (const [name, p] of Object.entries(envOf.gateway ?? {}))
    if (/^SUBGRAPH_.*_URL$/.test(name)) {
      const u = new URL(p.value);
      const svc = u.hostname.split('.')[0];
      if (!services.get(svc)?.includes(Number(u.port)))
        problems.push(`${where} gateway: ${name} ${p.value} is no Service port`);
    }
  const issuer = envOf.gateway?.KEYCLOAK_URL?.value;
  for (const [component, env] of Object.entries(envOf)) {
    const kc = env.KEYCLOAK_URL?.value ?? env.PM_KEYCLOAK_URL?.value;
    if (kc !== undefined && kc !== issuer)
      problems.push(`${where} ${component}: Keycloak URL ${kc} is not the gateway's ${issuer}`);
  }
  if (envOf.console) {
    // The console's origin: the gateway lets it call (CORS), new realms let it sign in.
    const cors = envOf.gateway?.CORS_ORIGINS?.value;
    if (!cors || cors !== envOf.tenancy?.CONSOLE_ORIGINS?.value)
      problems.push(
        `${where}: with a console, gateway CORS_ORIGINS and tenancy CONSOLE_ORIGINS must name its origin`,
      );
  }
  return problems;
}

/** init.sql: every database admits pm_app and pm_relay, whose passwords come from the environment. */
export function checkInitSql(sql = read('deploy/postgres/init.sql'), services: string[]): string[] {
  const problems: string[] = [];
  for (const role of ['pm_app', 'pm_relay']) {
    const pw = role === 'pm_app' ? 'PG_APP_PASSWORD' : 'PG_RELAY_PASSWORD';
    if (!new RegExp(`\\\\getenv \\w+ ${pw}`).test(sql))
      problems.push(`init.sql: ${role}'s password must come from ${pw}`);
    for (const s of services)
      if (!new RegExp(`GRANT CONNECT[^;]* ON DATABASE pm_${s} TO ${role};`).test(sql))
        problems.push(`init.sql: ${role} may not connect to pm_${s}`);
  }
  if (/PASSWORD '[^']+'/.test(sql)) problems.push('init.sql: a password literal');
  return problems;
}
