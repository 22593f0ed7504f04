import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { SERVICES } from '@pm/contracts';
import {
  DEPLOYABLES,
  checkCompose,
  checkHelm,
  checkInitSql,
  interpolate,
  readCompose,
  root,
} from './contract';

/**
 * compose.yaml and the Helm chart (rendered by a real Helm through deploy/helm-check.sh, which
 * also lints it, checks NOTES.txt, the values schema and the Kubernetes schemas) against what
 * every deployable's config.ts reads, in production mode. Needs Java 17+ and Maven (helm-java
 * from Maven Central, cached in ~/.cache/pm-platform/helm-java).
 */
jest.setTimeout(600_000);

const out = mkdtempSync(path.join(tmpdir(), 'pm-contract-helm-'));
let helmCheck = '';
const rendered: Record<string, any[]> = {};

beforeAll(() => {
  try {
    helmCheck = execFileSync('bash', [path.join(root, 'deploy/helm-check.sh')], {
      env: { ...process.env, HELM_CHECK_OUT: out },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    helmCheck = `${(e as { stdout?: string }).stdout ?? ''}\n${(e as Error).message}`;
  }
  for (const label of ['default', 'production']) {
    try {
      const text = readFileSync(path.join(out, `${label}.yaml`), 'utf8');
      rendered[label] = parseAllDocuments(text)
        .map((d) => d.toJS())
        .filter(Boolean);
    } catch {
      rendered[label] = [];
    }
  }
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const services = SERVICES.map((s) => s.name);

describe('every deployable exports what it reads', () => {
  it('from its config.ts: secrets and what production needs are marked', () => {
    for (const s of services) expect([s, DEPLOYABLES[s]?.spec]).toEqual([s, expect.any(Object)]);
    const vars = (d: string) => Object.fromEntries(DEPLOYABLES[d].vars.map((v) => [v.name, v]));
    for (const s of services) {
      const v = vars(s);
      for (const name of [
        'DATABASE_URL',
        'RELAY_DATABASE_URL',
        'NATS_URL',
        'KEYCLOAK_URL',
        'INTERNAL_SECRET',
      ])
        expect([s, name, v[name]?.requiredInProduction]).toEqual([s, name, true]);
      for (const name of ['DATABASE_URL', 'RELAY_DATABASE_URL', 'INTERNAL_SECRET', 'NATS_PASSWORD'])
        expect([s, name, v[name]?.secret]).toEqual([s, name, true]);
      if (s !== 'tenancy') expect(v.SUBGRAPH_TENANCY_URL?.requiredInProduction).toBe(true);
      // Every other subgraph's new consumers bootstrap from customers' occupancy snapshot.
      if (s !== 'tenancy' && s !== 'customers')
        expect([s, v.SUBGRAPH_CUSTOMERS_URL?.requiredInProduction]).toEqual([s, true]);
    }
    expect(vars('customers').SUBGRAPH_CUSTOMERS_URL).toBeUndefined();
    expect(vars('customers').CUSTOMER_DATA_KEY).toMatchObject({ secret: true, requiredInProduction: true });
    expect(vars('customers').ARCHIVE_S3_SECRET_ACCESS_KEY).toMatchObject({
      secret: true,
      requiredInProduction: false,
    });
    expect(vars('gateway').NATS_URL).toBeUndefined();
    for (const s of services)
      expect(vars('gateway')[`SUBGRAPH_${s.toUpperCase()}_URL`]?.requiredInProduction).toBe(true);
    expect(vars('migrate')).toMatchObject({
      PG_ADMIN_URL: { secret: true, requiredInProduction: true },
      PG_APP_PASSWORD: { secret: true, requiredInProduction: true },
      PG_RELAY_PASSWORD: { secret: true, requiredInProduction: true },
    });
    expect(Object.keys(vars('console')).sort()).toEqual(['PM_GATEWAY_URL', 'PM_KEYCLOAK_URL']);
  });
});

describe('deploy/compose.yaml', () => {
  it('gives every deployable what it needs in production, secrets only from deploy/.env', () => {
    expect(checkCompose()).toEqual([]);
  });

  it('init.sql lets pm_app and pm_relay into every database, passwords from the environment', () => {
    expect(checkInitSql(undefined, services)).toEqual([]);
  });

  it('deploy/compose-env.mjs generates every secret compose requires', () => {
    const printed = execFileSync(process.execPath, [path.join(root, 'deploy/compose-env.mjs'), '--print'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    const required = new Set(
      Object.values(readCompose().services).flatMap((s) =>
        Object.values(s.environment ?? {}).flatMap((v) => interpolate(String(v ?? '')).required),
      ),
    );
    expect(printed.sort()).toEqual([...required].sort());
  });

  it('fails for the gaps the issue found (a check that cannot fail proves nothing)', () => {
    const text = readFileSync(path.join(root, 'deploy/compose.yaml'), 'utf8');
    const broken = readCompose(text);
    delete broken.services.billing.environment!.RELAY_DATABASE_URL;
    delete broken.services.customers.environment!.CUSTOMER_DATA_KEY;
    delete broken.services.tickets.environment!.SUBGRAPH_TENANCY_URL;
    broken.services.migrate.environment!.PG_APP_PASSWORD = null;
    broken.services.appraisal.environment!.INTERNAL_SECRET =
      '${INTERNAL_SECRET:-dev-internal-secret-change-me}';
    broken.services.keycloak.environment!.KC_HOSTNAME = 'http://localhost:8080';
    broken.services.gateway.environment!.NATS_URL = 'nats://nats:4222';
    const problems = checkCompose(broken, text).join('\n');
    for (const expected of [
      'compose billing: RELAY_DATABASE_URL is required in production but not set',
      'compose customers: CUSTOMER_DATA_KEY is required in production but not set',
      'compose tickets: SUBGRAPH_TENANCY_URL is required in production but not set',
      'compose migrate: PG_APP_PASSWORD is required in production but not set',
      'compose appraisal: INTERNAL_SECRET: a secret with a default',
      'compose keycloak: localhost (KC_HOSTNAME) is not a name of the keycloak container',
      'compose tenancy: KEYCLOAK_URL is not Keycloak',
      'compose gateway: NATS_URL is set but gateway never reads it',
    ])
      expect(problems).toContain(expected);
    expect(
      checkCompose(readCompose(text), text.replace('${POSTGRES_PASSWORD:?', '${POSTGRES_PASSWORD:-')),
    ).toContain(
      'compose: ${POSTGRES_PASSWORD} has a default; secrets must be required (${POSTGRES_PASSWORD:?...})',
    );
  });
});

describe('the Helm chart (real Helm)', () => {
  it('lints and renders with the default and the production values (deploy/helm-check.sh)', () => {
    expect(helmCheck).toMatch(/helm-check: \d+ passed, 0 failed/);
    expect(rendered.default.length).toBeGreaterThan(20);
    expect(rendered.production.length).toBeGreaterThan(20);
  });

  it.each(['default', 'production'])('with %s values gives every deployable what it needs', (label) => {
    expect(checkHelm(label, rendered[label])).toEqual([]);
  });

  it('fails for a deployable missing a variable or a secret given as a literal', () => {
    const objects = structuredClone(rendered.production);
    const container = (component: string) =>
      objects.find(
        (o) => o.kind === 'Deployment' && o.metadata.labels['app.kubernetes.io/component'] === component,
      ).spec.template.spec.containers[0];
    const billing = container('billing');
    billing.env = billing.env.filter((e: { name: string }) => e.name !== 'RELAY_DATABASE_URL');
    const customers = container('customers');
    customers.env = customers.env.map((e: { name: string }) =>
      e.name === 'CUSTOMER_DATA_KEY' ? { name: e.name, value: 'a-literal-key-in-the-chart' } : e,
    );
    const job = objects.find((o) => o.kind === 'Job').spec.template.spec.containers[0];
    job.env = job.env.filter((e: { name: string }) => e.name !== 'PG_RELAY_PASSWORD');
    const problems = checkHelm('production', objects).join('\n');
    expect(problems).toContain(
      'helm production billing: RELAY_DATABASE_URL is required in production but not set',
    );
    expect(problems).toContain(
      'helm production customers: CUSTOMER_DATA_KEY is a secret but comes from a literal value',
    );
    expect(problems).toContain(
      'helm production migrate: PG_RELAY_PASSWORD is required in production but not set',
    );
  });

  it('NetworkPolicies: subgraphs only from the gateway (tenancy and customers also from the subgraphs that call them), gateway and console only from the ingress (the gateway also from appraisal, whose KPI report reads through it)', () => {
    for (const label of ['default', 'production']) {
      const policies = rendered[label].filter((o) => o.kind === 'NetworkPolicy');
      const of = (c: string) =>
        policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === c);
      const fromComponents = (p: any) =>
        p.spec.ingress
          .flatMap((r: any) => r.from)
          .filter((f: any) => !f.namespaceSelector)
          .flatMap((f: any) => [
            f.podSelector.matchLabels?.['app.kubernetes.io/component'],
            ...(f.podSelector.matchExpressions?.[0]?.values ?? []),
          ])
          .filter(Boolean)
          .sort();
      for (const s of services.filter((n) => n !== 'tenancy' && n !== 'customers'))
        expect([s, fromComponents(of(s))]).toEqual([s, ['gateway']]);
      expect(fromComponents(of('tenancy'))).toEqual(
        ['gateway', ...services.filter((n) => n !== 'tenancy')].sort(),
      );
      expect(fromComponents(of('customers'))).toEqual(
        ['gateway', ...services.filter((n) => n !== 'tenancy' && n !== 'customers')].sort(),
      );
      expect(fromComponents(of('gateway'))).toEqual(['appraisal', 'smoke']);
      expect(fromComponents(of('console'))).toEqual([]);
      for (const c of ['gateway', 'console'])
        expect(of(c).spec.ingress[0].from[0].namespaceSelector.matchLabels).toEqual({
          'kubernetes.io/metadata.name': 'ingress-nginx',
        });
    }
  });

  it('production: HPA on CPU and on the consumers’ backlog, a PDB and a helm test hook', () => {
    const objects = rendered.production;
    const hpa = objects.find(
      (o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.name.endsWith('-tickets'),
    );
    expect(hpa.spec.metrics.map((m: any) => m.resource?.name ?? m.pods?.metric.name)).toEqual([
      'cpu',
      'pm_consumer_pending_messages',
    ]);
    const pdbs = objects
      .filter((o) => o.kind === 'PodDisruptionBudget')
      .map((o) => o.metadata.labels['app.kubernetes.io/component']);
    expect(pdbs.sort()).toEqual([
      'appraisal',
      'billing',
      'console',
      'customers',
      'gateway',
      'tenancy',
      'tickets',
      'webhooks',
    ]);
    const smoke = objects.find((o) => o.kind === 'Pod');
    expect(smoke.metadata.annotations['helm-check.local/hook']).toBe('test');
    expect(smoke.spec.containers[0].command).toEqual(['node', 'deploy/local/cli.mjs', 'smoke']);
  });
});
