#!/usr/bin/env node
// `npm run new:service -- <name>`: a sixth (seventh, …) subgraph in the house shape, registered
// everywhere the manifest test (libs/contracts/src/services.test.ts) asks for it. What is left
// for the developer: its events in libs/contracts, its real aggregates, `npm run compose`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*s$/.test(name)) {
  console.error('usage: npm run new:service -- <name>   (lower-case plural, e.g. inspections)');
  process.exit(2);
}
const dir = path.join(root, 'services', name);
if (existsSync(dir)) {
  console.error(`services/${name} exists already`);
  process.exit(1);
}

const manifestFile = path.join(root, 'libs/contracts/src/services.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const port = Math.max(manifest.gateway.port, ...manifest.services.map((s) => s.port)) + 1;
const one = name.replace(/s$/, '');
const Name = name[0].toUpperCase() + name.slice(1);
const One = one[0].toUpperCase() + one.slice(1);
/** The libs every subgraph builds on (its package dependencies and tsconfig references). */
const LIBS = [
  'auth',
  'config',
  'contracts',
  'db',
  'events',
  'graphql',
  'observability',
  'policy',
  'runtime',
  'tenant-context',
  'time',
];
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

const files = {
  'package.json': JSON.stringify(
    {
      name: `@pm/${name}-service`,
      version: '0.1.0',
      private: true,
      main: 'dist/main.js',
      scripts: {
        build: 'tsc -b',
        typecheck: 'tsc -b',
        start: 'node dist/main.js',
        migrate: 'node dist/migrate.js',
        'emit-schema': 'node dist/emit-schema.js',
      },
      dependencies: Object.fromEntries(LIBS.map((l) => [`@pm/${l}`, '*'])),
    },
    null,
    2,
  ),
  'tsconfig.json': JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { rootDir: 'src', outDir: 'dist', tsBuildInfoFile: 'dist/.tsbuildinfo' },
      include: ['src'],
      exclude: ['src/**/*.test.ts'],
      references: LIBS.map((l) => ({ path: `../../libs/${l}` })),
    },
    null,
    2,
  ),
  'README.md': `# ${name}\n\nWhat this subgraph owns, its rules (with ids from docs/domain-rules.md), events and tables.\n`,
  'src/config.ts': `import { Env, loadConfig, subgraphSpec, variablesOf } from '@pm/config';

export const ${name}Spec = {
  ...subgraphSpec('${name}', ${port}),
};

/** Every variable ${name} reads (add the spec to deploy/contract/contract.ts: compose and Helm are checked against it). */
export const ${name}Variables = variablesOf(${name}Spec);

export type ${Name}Config = ReturnType<typeof load${Name}Config>;

export function load${Name}Config(env: Env = process.env) {
  return loadConfig(${name}Spec, env);
}
`,
  'src/instrumentation.ts': `import { readOtlpEndpoint } from '@pm/config';
import { startTelemetry } from '@pm/observability';

startTelemetry({ serviceName: '${name}', otlpEndpoint: readOtlpEndpoint() });
`,
  'src/main.ts': `import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { ${name}Subgraph } from './server';

runSubgraph(${name}Subgraph);
`,
  'src/migrate.ts': `import { migrateMain } from '@pm/db';
import { entities, migrations } from './mikro-orm.config';

migrateMain('${name}', { entities, migrations });
`,
  'src/emit-schema.ts': `import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { build${Name}Schema } from './schema';

emitSchemaMain(() => build${Name}Schema(), path.resolve(__dirname, '..'));
`,
  'src/mikro-orm.config.ts': `import { ${One} } from './${one}/${one}.entity';
import { Migration${stamp} } from './migrations/Migration${stamp}';

export const entities = [${One}];
export const migrations = [{ name: 'Migration${stamp}', class: Migration${stamp} }];
`,
  [`src/migrations/Migration${stamp}.ts`]: `import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import {
  eventsRetentionSql,
  eventsTablesSql,
  inboxTenantKeySql,
  outboxOwnDomainSql,
  outboxQuarantineSql,
} from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

export class Migration${stamp} extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      \`create table ${name} (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        name text not null,
        created_at timestamptz not null default now()
      );\`,
      \`create index ${name}_property_idx on ${name} (tenant_id, property_id);\`,
      ...tenantTableSql('${name}', APP_ROLE),
      ...policyProjectionSql(APP_ROLE),
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
      // The later changes every service's outbox and inbox went through (libs/events sql.ts).
      ...inboxTenantKeySql(),
      ...outboxOwnDomainSql('${name}'),
      ...outboxQuarantineSql(),
      ...eventsRetentionSql(RELAY_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
`,
  [`src/${one}/${one}.entity.ts`]: `import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

/** A ${one} of a property (the site filter of libs/db scopes it by propertyId). */
@ObjectType('${One}')
@Entity({ tableName: '${name}' })
@Index({ name: '${name}_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: '${name}_property_idx', properties: ['tenantId', 'propertyId'] })
export class ${One} extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;
}
`,
  [`src/${one}/${one}.inputs.ts`]: `import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class Create${One}Input {
  @Field(() => ID)
  propertyId!: string;

  @Field()
  name!: string;
}
`,
  [`src/${one}/${one}.rules.ts`]: `/** Problems with a ${one}'s name, as { field, message } for VALIDATION_FAILED. */
export function nameProblems(name: string): { field: string; message: string }[] {
  const n = name.trim();
  return n && n.length <= 200 ? [] : [{ field: 'name', message: 'must be 1–200 characters' }];
}
`,
  [`src/${one}/${one}.rules.test.ts`]: `import { nameProblems } from './${one}.rules';

describe('${one} rules', () => {
  it('wants a name of 1–200 characters', () => {
    expect(nameProblems('Block A')).toEqual([]);
    expect(nameProblems('  ')).toEqual([{ field: 'name', message: 'must be 1–200 characters' }]);
    expect(nameProblems('x'.repeat(201))).toHaveLength(1);
  });
});
`,
  [`src/${one}/${one}.service.ts`]: `import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { validationFailed } from '@pm/graphql';
import { ${One} } from './${one}.entity';
import { Create${One}Input } from './${one}.inputs';
import { nameProblems } from './${one}.rules';

export class ${One}Service {
  constructor(private db: Database) {}

  async create(principal: Principal, input: Create${One}Input): Promise<${One}> {
    const problems = nameProblems(input.name);
    if (problems.length) throw validationFailed('${one} is invalid', problems);
    return this.db.tx(async (em) => {
      const row = em.create(${One}, { propertyId: input.propertyId, name: input.name.trim() });
      await em.flush();
      return row;
    }, principal);
  }

  /** Another tenant's or another site's rows are not there (tenant and site filters). */
  list(principal: Principal, propertyId: string): Promise<${One}[]> {
    return this.db.tx((em) => em.find(${One}, { propertyId }, { orderBy: { id: 'asc' }, limit: 200 }), principal);
  }
}
`,
  [`src/${one}/${one}.resolver.ts`]: `import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { ${One} } from './${one}.entity';
import { Create${One}Input } from './${one}.inputs';
import { ${One}Service } from './${one}.service';

@Resolver(() => ${One})
export class ${One}Resolver {
  constructor(private service: ${One}Service) {}

  @Authorized()
  @Query(() => [${One}], { description: 'The ${name} of a property (at most 200).' })
  ${name}(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: GraphQLContext) {
    return this.service.list(requirePrincipal(ctx), propertyId);
  }

  @Authorized()
  @Mutation(() => ${One})
  create${One}(@Arg('input') input: Create${One}Input, @Ctx() ctx: GraphQLContext) {
    return this.service.create(requirePrincipal(ctx), input);
  }
}
`,
  'src/schema.ts': `import { buildSubgraph } from '@pm/graphql';
import { ${One}Resolver } from './${one}/${one}.resolver';

export function build${Name}Schema(instances?: object[]) {
  return buildSubgraph({ resolvers: [${One}Resolver], instances });
}
`,
  'src/server.ts': `import { NO_PARTNER } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { ${Name}Config, load${Name}Config } from './config';
import { entities } from './mikro-orm.config';
import { build${Name}Schema } from './schema';
import { ${One}Service } from './${one}/${one}.service';
import { ${One}Resolver } from './${one}/${one}.resolver';

/** Composition root of the ${name} subgraph. */
export const ${name}Subgraph: SubgraphDefinition<${Name}Config, object, object> = {
  name: '${name}',
  loadConfig: load${Name}Config,
  entities,
  // Closed to partner apps until the domain has scopes of its own (libs/contracts scopes.ts).
  access: { query: NO_PARTNER, mutation: NO_PARTNER },
  buildSchema: build${Name}Schema,
  compose({ db }) {
    return {
      resolvers: [new ${One}Resolver(new ${One}Service(db))],
      consumers: [policyChangedHandler('${name}')],
    };
  },
};

export type ${Name}Server = RunningSubgraph;

export const start${Name} = (config: ${Name}Config, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(${name}Subgraph, config, log, options);
`,
  'test/schema.test.ts': `import { entitySchemaDrift, tenantTableProtection, testDatabaseUrl } from '@pm/testing';
import { Client } from 'pg';
import { entities } from '../src/mikro-orm.config';

describe('${name} database', () => {
  it('entities and migrations agree (no pending DDL)', async () => {
    expect(await entitySchemaDrift(testDatabaseUrl('${name}'), entities)).toBe('');
  });

  it('every table with tenant_id has forced RLS on app_current_tenant()', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl('${name}') });
    await admin.connect();
    try {
      const { tables, unprotected } = await tenantTableProtection(admin);
      expect(tables).toEqual(expect.arrayContaining(['${name}', 'outbox', 'inbox']));
      expect(unprotected).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});
`,
  [`test/${one}.graphql.test.ts`]: `import { codes, gql } from '@pm/testing';
import { Company, Platform, createProperty, removeCompanies, signUpCompany, starter, startPlatform } from '@pm/testing/kit';

describe('${name} through the gateway', () => {
  let p: Platform;
  let a: Company;
  let b: Company;

  beforeAll(async () => {
    p = await startPlatform({}, [starter('${name}')]);
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  });
  afterAll(async () => {
    await removeCompanies([a, b]);
    await p?.stop();
  });

  it('creates and lists a ${one}; another tenant sees none of it', async () => {
    const propertyId = await createProperty(p.gatewayUrl, a.token);
    const made = await gql(
      p.gatewayUrl,
      \`mutation($i: Create${One}Input!) { create${One}(input: $i) { id name } }\`,
      { i: { propertyId, name: 'First' } },
      a.token,
    );
    expect(made.errors).toBeUndefined();
    const list = \`query($p: ID!) { ${name}(propertyId: $p) { id } }\`;
    expect((await gql(p.gatewayUrl, list, { p: propertyId }, a.token)).data.${name}).toHaveLength(1);
    expect((await gql(p.gatewayUrl, list, { p: propertyId }, b.token)).data.${name}).toEqual([]);
    const bad = await gql(
      p.gatewayUrl,
      \`mutation($i: Create${One}Input!) { create${One}(input: $i) { id } }\`,
      { i: { propertyId, name: ' ' } },
      a.token,
    );
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
  });
});
`,
};

for (const [file, content] of Object.entries(files)) {
  const target = path.join(dir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content.endsWith('\n') ? content : `${content}\n`);
}

// The manifest line, then everything the manifest test checks.
// Its policy projection is declared, or the runtime refuses to start the consumer server.ts runs.
manifest.services.push({
  name,
  port,
  consumers: { [`${name}.policy-projection`]: 'pm.tenancy.policy.changed' },
});
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

const edit = (file, fn) => {
  const p = path.join(root, file);
  writeFileSync(p, fn(readFileSync(p, 'utf8')));
};
edit('tsconfig.json', (s) =>
  s.replace(/(\{ "path": "gateway" \})/, `{ "path": "services/${name}" },\n    $1`),
);
edit('Dockerfile', (s) => s.replace(/^EXPOSE (.*)$/m, (_, ports) => `EXPOSE ${ports} ${port}`));
edit('deploy/postgres/init.sql', (s) =>
  s
    .replace(/(CREATE DATABASE pm_\w+;\n)(?!CREATE DATABASE)/, `$1CREATE DATABASE pm_${name};\n`)
    .concat(
      `\n\\connect pm_${name}\nREVOKE ALL ON DATABASE pm_${name} FROM PUBLIC;\nGRANT CONNECT, TEMPORARY ON DATABASE pm_${name} TO pm_app;\nREVOKE CREATE ON SCHEMA public FROM PUBLIC;\nGRANT USAGE ON SCHEMA public TO pm_app;\nALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;\nALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;\n`,
    ),
);
edit('deploy/nats/streams.json', (s) => {
  const streams = JSON.parse(s);
  const template = streams.find((x) => x.name !== 'PM_DLQ');
  const at = streams.findIndex((x) => x.name === 'PM_DLQ');
  streams.splice(at, 0, {
    ...template,
    name: `PM_${name.toUpperCase()}`,
    description: `pm-platform ${name} domain events`,
    subjects: [`pm.${name}.>`],
  });
  return `${JSON.stringify(streams, null, 2)}\n`;
});
edit('deploy/compose.yaml', (s) =>
  s
    .replace(
      /\n  gateway:\n/,
      `\n  ${name}:\n    <<: *node-service\n    command: ['node', 'services/${name}/dist/main.js']\n    environment:\n      <<: *common-env\n      PORT: '${port}'\n      DATABASE_URL: postgres://pm_app:pm_app_dev@postgres:5432/pm_${name}\n      NATS_USER: ${name}\n      NATS_PASSWORD: \${NATS_PASSWORD_${name.toUpperCase()}:-pm-dev-nats-${name}}\n    depends_on: *subgraph-depends\n\n  gateway:\n`,
    )
    .replace(
      /(\n {6}NATS_PASSWORD_PM_ADMIN: )/,
      `\n      NATS_PASSWORD_${name.toUpperCase()}: \${NATS_PASSWORD_${name.toUpperCase()}:-pm-dev-nats-${name}}$1`,
    )
    .replace(
      /(\n {6}SUBGRAPH_\w+_URL: [^\n]+)(\n(?! {6}SUBGRAPH_))/,
      `$1\n      SUBGRAPH_${name.toUpperCase()}_URL: http://${name}:${port}/graphql$2`,
    ),
);
edit('helm/pm-platform/values.yaml', (s) => {
  const last = manifest.services[manifest.services.length - 2].name;
  const block = s.match(new RegExp(`\\n  ${last}:\\n(?: {4}.*\\n)*`));
  if (!block) throw new Error(`no services.${last} block in helm values to copy`);
  const copy = block[0]
    .replace(`\n  ${last}:`, `\n  ${name}:`)
    .replace(`services/${last}/`, `services/${name}/`)
    .replace(/port: \d+/, `port: ${port}`)
    .replace(/databaseUrlKey: \w+/, `databaseUrlKey: ${name.toUpperCase()}_DATABASE_URL`);
  return s.replace(block[0], block[0] + copy);
});

for (const [cmd, args] of [
  ['npm', ['install', '--no-audit', '--no-fund']],
  // Its NATS user (no consumers yet): deploy/nats/authorization.conf and the Helm chart's copy.
  [process.execPath, ['deploy/nats/accounts.cjs', '--write']],
  [
    'npx',
    ['prettier', '--write', `services/${name}`, 'deploy', 'helm/pm-platform/values.yaml', 'tsconfig.json'],
  ],
]) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`
services/${name} is ready on port ${port} (database pm_${name}, stream PM_${name.toUpperCase()}).
Next: its events in libs/contracts/src/events/${name}.ts, its aggregates, then
  npm run compose       # emits services/${name}/schema.graphql and the supergraph
  npm test -- services/${name} libs/contracts
and look at the Helm and compose blocks copied for it.`);
