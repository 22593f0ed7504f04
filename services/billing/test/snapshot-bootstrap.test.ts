import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { NatsConnection, connect } from 'nats';
import { INTERNAL_HEADER, signInternal } from '@pm/auth';
import { loadConfig, platformSpec } from '@pm/config';
import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { EventConsumer } from '@pm/events';
import { SNAPSHOT_ROUTE, httpSnapshots, tenancyBaseUrl } from '@pm/runtime';
import { testDatabaseUrl, testNats } from '@pm/testing';
import {
  Company,
  Platform,
  createProperty,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { unitCreatedHandler } from '../src/consumers/projection.consumer';
import { connectDb, log } from './helpers';

/**
 * A consumer added after its stream's max_age (30 days) never sees the events of older units:
 * it starts from tenancy's snapshot (the internal, signed `/internal/snapshots/unit.created`),
 * then follows the stream. Units written straight into tenancy's database stand for those whose
 * events have aged out: no event of theirs is in the stream, only the snapshot knows them.
 */
describe("snapshot bootstrap: a new consumer starts from the owner's current state", () => {
  let p: Platform;
  let company: Company;
  let billing: Awaited<ReturnType<typeof connectDb>>;
  let tenancyAdmin: Client;
  let nc: NatsConnection;
  let consumer: EventConsumer | undefined;
  let secret: string;
  const durable = `billing.unit-projection-bootstrap-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    p = await startPlatform();
    company = await signUpCompany(p.gatewayUrl);
    billing = await connectDb();
    tenancyAdmin = new Client({ connectionString: testDatabaseUrl('tenancy') });
    await tenancyAdmin.connect();
    nc = await connect(testNats());
    // The secret the platform's subgraphs were started with.
    secret = loadConfig({ internalSecret: platformSpec.internalSecret }, process.env).internalSecret;
  }, 120_000);

  afterAll(async () => {
    await consumer?.stop();
    const jsm = await nc?.jetstreamManager();
    await jsm?.consumers.delete('PM_TENANCY', consumer?.durableName() ?? '').catch(() => undefined);
    await nc?.close();
    await billing?.db.close();
    await billing?.admin.end();
    await tenancyAdmin?.end();
    await removeCompanies([company]);
    await p?.stop();
  });

  const sourceUnits = async (tenantId: string) =>
    (
      await tenancyAdmin.query(
        `select id, property_id, building, number, round(area_sqm::numeric, 2)::text as area, kind
           from units where tenant_id = $1 order by id`,
        [tenantId],
      )
    ).rows;
  const projectedUnits = async (tenantId: string) =>
    (
      await billing.admin.query(
        `select id, property_id, building, number, area_sqm::text as area, kind
           from units_projection where tenant_id = $1 order by id`,
        [tenantId],
      )
    ).rows;

  it('wiped projection + fresh durable consumer → billing units equal tenancy units', async () => {
    const propertyId = await createProperty(p.gatewayUrl, company.token, 'Snapshot Garden');
    // 12 units with no event in the stream (older than its max_age).
    for (let i = 0; i < 12; i++)
      await tenancyAdmin.query(
        `insert into units (id, tenant_id, property_id, building, number, area_sqm, kind)
         values ($1, $2, $3, $4, $5, $6, 'APARTMENT')`,
        [randomUUID(), company.tenantId, propertyId, String(1 + (i % 3)), String(100 + i), 60.255 + i],
      );
    const source = await sourceUnits(company.tenantId);
    expect(source).toHaveLength(12);
    await billing.admin.query('delete from units_projection where tenant_id = $1', [company.tenantId]);
    expect(await projectedUnits(company.tenantId)).toEqual([]);

    consumer = new EventConsumer(
      { ...unitCreatedHandler, name: durable },
      {
        nc,
        db: billing.db as Database,
        log,
        snapshot: httpSnapshots({ tenancy: tenancyBaseUrl(p.tenancyUrl) }, secret, 30_000),
      },
    );
    await consumer.start();
    expect(await projectedUnits(company.tenantId)).toEqual(source);
    // The durable exists now: a restart follows the stream and does not bootstrap again.
    const jsm = await nc.jetstreamManager();
    expect((await jsm.consumers.info('PM_TENANCY', consumer.durableName())).config.filter_subject).toBe(
      Events.unitCreated.subject,
    );
  });

  it('a handler that acts on what happens (snapshot: false, as webhook deliveries) starts from the stream only', async () => {
    const propertyId = await createProperty(p.gatewayUrl, company.token, 'Events Only Garden');
    await tenancyAdmin.query(
      `insert into units (id, tenant_id, property_id, building, number, area_sqm, kind)
       values ($1, $2, $3, '9', '901', 80, 'APARTMENT')`,
      [randomUUID(), company.tenantId, propertyId],
    );
    await billing.admin.query('delete from units_projection where tenant_id = $1', [company.tenantId]);
    const eventsOnly = new EventConsumer(
      { ...unitCreatedHandler, name: `${durable}-events`, snapshot: false },
      {
        nc,
        db: billing.db as Database,
        log,
        snapshot: httpSnapshots({ tenancy: tenancyBaseUrl(p.tenancyUrl) }, secret, 30_000),
      },
    );
    try {
      expect(await eventsOnly.bootstrap()).toBeGreaterThan(0);
      await billing.admin.query('delete from units_projection where tenant_id = $1', [company.tenantId]);
      await eventsOnly.start();
      expect(await projectedUnits(company.tenantId)).toEqual([]);
    } finally {
      await eventsOnly.stop();
      const jsm = await nc.jetstreamManager();
      await jsm.consumers.delete('PM_TENANCY', eventsOnly.durableName()).catch(() => undefined);
    }
  });

  it('the snapshot route answers only calls signed with the internal secret, over its type and cursor', async () => {
    const base = `${tenancyBaseUrl(p.tenancyUrl)}${SNAPSHOT_ROUTE}`;
    const type = Events.unitCreated.type;
    expect((await fetch(`${base}${type}`)).status).toBe(403);
    const wrongSecret = await fetch(`${base}${type}`, {
      headers: { [INTERNAL_HEADER]: signInternal('not-the-secret', `snapshot:${type}:`) },
    });
    expect(wrongSecret.status).toBe(403);
    // A signature for the first page does not open another page.
    const otherCursor = await fetch(`${base}${type}?after=${company.tenantId}/${randomUUID()}`, {
      headers: { [INTERNAL_HEADER]: signInternal(secret, `snapshot:${type}:`) },
    });
    expect(otherCursor.status).toBe(403);
    const signed = await fetch(`${base}${type}`, {
      headers: { [INTERNAL_HEADER]: signInternal(secret, `snapshot:${type}:`) },
    });
    expect(signed.status).toBe(200);
    // Types it offers no snapshot of are not found.
    const policy = await fetch(`${base}${Events.policyChanged.type}`, {
      headers: { [INTERNAL_HEADER]: signInternal(secret, `snapshot:${Events.policyChanged.type}:`) },
    });
    expect(policy.status).toBe(404);
  });
});
