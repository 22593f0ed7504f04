import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { NatsConnection, connect } from 'nats';
import { INTERNAL_HEADER, signInternal } from '@pm/auth';
import { loadConfig, platformSpec } from '@pm/config';
import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { EventConsumer, EventHandler, SnapshotItem } from '@pm/events';
import { SNAPSHOT_ROUTE, SnapshotPage, httpSnapshots, tenancyBaseUrl } from '@pm/runtime';
import { testClock, testDatabaseUrl, testNats } from '@pm/testing';
import {
  Company,
  Platform,
  createProperty,
  customers,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { addDays, dateIn } from '@pm/time';
import { subletRegisteredHandler } from '../src/consumers/fee-agreement.consumer';
import { occupancyStartedHandler } from '../src/consumers/projection.consumer';
import { connectDb, log } from './helpers';

/**
 * A billing consumer added after the customers stream's max_age (30 days) never sees the
 * occupancy.started of older occupants: it starts from customers' snapshot (the signed
 * `/internal/snapshots/occupancy.started`), so they are billed. Rows written straight into
 * customers' database stand for those whose events have aged out of the stream.
 */
describe('snapshot bootstrap from customers: a new billing consumer learns who lives where', () => {
  let p: Platform;
  let a: Company;
  let b: Company;
  let billing: Awaited<ReturnType<typeof connectDb>>;
  let customersAdmin: Client;
  let nc: NatsConnection;
  let secret: string;
  const started: EventConsumer[] = [];
  const suffix = randomUUID().slice(0, 8);
  // Dates of the business clock, years before it: far older than the stream keeps.
  const today = dateIn(testClock.now(), 'UTC');
  const longAgo = addDays(today, -800);

  beforeAll(async () => {
    p = await startPlatform({}, [customers]);
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
    billing = await connectDb();
    customersAdmin = new Client({ connectionString: testDatabaseUrl('customers') });
    await customersAdmin.connect();
    nc = await connect(testNats());
    // The secret the platform's subgraphs were started with.
    secret = loadConfig({ internalSecret: platformSpec.internalSecret }, process.env).internalSecret;
  }, 120_000);

  afterAll(async () => {
    const jsm = await nc?.jetstreamManager();
    for (const c of started) {
      await c.stop();
      await jsm?.consumers.delete('PM_CUSTOMERS', c.durableName()).catch(() => undefined);
    }
    await nc?.close();
    await billing?.db.close();
    await billing?.admin.end();
    await customersAdmin?.end();
    await removeCompanies([a, b]);
    await p?.stop();
  });

  const customersBase = () => tenancyBaseUrl(p.subgraphUrls.customers);

  const customer = async (tenantId: string, propertyId: string, kind: string) => {
    const id = randomUUID();
    await customersAdmin.query(
      `insert into customers (id, tenant_id, property_id, kind, name, phone_enc, phone_hash)
       values ($1, $2, $3, $4, $5, 'enc', $6)`,
      [id, tenantId, propertyId, kind, `Snapshot ${kind}`, `hash-${id}`],
    );
    return id;
  };
  const occupancy = async (
    tenantId: string,
    propertyId: string,
    customerId: string,
    kind: string,
    endDate: string | null = null,
  ) => {
    const id = randomUUID();
    await customersAdmin.query(
      `insert into occupancies (id, tenant_id, customer_id, unit_id, property_id, kind, start_date, end_date, checklist)
       values ($1, $2, $3, $4, $5, $6, $7, $8, '[]')`,
      [id, tenantId, customerId, randomUUID(), propertyId, kind, longAgo, endDate],
    );
    return id;
  };
  const sublet = async (
    tenantId: string,
    propertyId: string,
    ownerId: string,
    lesseeId: string,
    endDate: string | null,
  ) => {
    const id = randomUUID();
    await customersAdmin.query(
      `insert into sublets (id, tenant_id, property_id, unit_id, owner_id, lessee_id, start_date, end_date, fee_payers)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        tenantId,
        propertyId,
        randomUUID(),
        ownerId,
        lesseeId,
        longAgo,
        endDate,
        JSON.stringify([{ feeItem: 'MANAGEMENT', payer: 'LESSEE' }]),
      ],
    );
    return id;
  };

  const bootstrap = async (handler: EventHandler<any>) => {
    const consumer = new EventConsumer(
      { ...handler, name: `${handler.name}-bootstrap-${suffix}` },
      {
        nc,
        db: billing.db as Database,
        log,
        snapshot: httpSnapshots({ customers: customersBase() }, secret, 30_000),
      },
    );
    started.push(consumer);
    await consumer.start();
    return consumer;
  };

  const signed = (type: string, after?: string) =>
    fetch(`${customersBase()}${SNAPSHOT_ROUTE}${type}${after ? `?after=${encodeURIComponent(after)}` : ''}`, {
      headers: { [INTERNAL_HEADER]: signInternal(secret, `snapshot:${type}:${after ?? ''}`) },
    });

  it('occupancies with no event in the stream: a fresh billing consumer knows the current occupants, not the ended', async () => {
    const [propA, propB] = await Promise.all([
      createProperty(p.gatewayUrl, a.token, 'Snapshot Court A'),
      createProperty(p.gatewayUrl, b.token, 'Snapshot Court B'),
    ]);
    const ownerA = await customer(a.tenantId, propA, 'OWNER');
    const lesseeA = await customer(a.tenantId, propA, 'LESSEE');
    const ownerB = await customer(b.tenantId, propB, 'OWNER');
    const currentA = await occupancy(a.tenantId, propA, ownerA, 'OWNER');
    const lesseeOccA = await occupancy(a.tenantId, propA, lesseeA, 'LESSEE');
    const endedA = await occupancy(a.tenantId, propA, lesseeA, 'LESSEE', addDays(longAgo, 90));
    const currentB = await occupancy(b.tenantId, propB, ownerB, 'OWNER');

    await bootstrap(occupancyStartedHandler);

    const projected = async (tenantId: string) =>
      (
        await billing.admin.query(
          `select id, customer_id, unit_id, property_id, kind, start_date::text as start, end_date
             from occupancy_projection where tenant_id = $1 order by id`,
          [tenantId],
        )
      ).rows;
    const source = async (tenantId: string) =>
      (
        await customersAdmin.query(
          `select id, customer_id, unit_id, property_id, kind, start_date::text as start, end_date
             from occupancies where tenant_id = $1 and end_date is null order by id`,
          [tenantId],
        )
      ).rows;
    const inA = await projected(a.tenantId);
    expect(inA.map((o) => o.id).sort()).toEqual([currentA, lesseeOccA].sort());
    expect(inA).toEqual(await source(a.tenantId));
    expect(inA.map((o) => o.id)).not.toContain(endedA);
    // Each company's occupants under its own tenant: B's owner is B's, never A's.
    expect((await projected(b.tenantId)).map((o) => o.id)).toEqual([currentB]);
    expect(inA.map((o) => o.customer_id)).not.toContain(ownerB);
    // The snapshot is every company's, as in production: in a full run that is the shared test
    // database's, with the import suite's 10,000 customers, applied one by one by the handler.
  }, 300_000);

  it('R-CUS-8: a sublet still running reaches billing as its fee agreement; an ended one does not', async () => {
    const prop = await createProperty(p.gatewayUrl, a.token, 'Snapshot Sublets');
    const owner = await customer(a.tenantId, prop, 'OWNER');
    const lessee = await customer(a.tenantId, prop, 'LESSEE');
    const running = await sublet(a.tenantId, prop, owner, lessee, null);
    const ended = await sublet(a.tenantId, prop, owner, lessee, addDays(today, -400));

    await bootstrap(subletRegisteredHandler);

    const agreements = (
      await billing.admin.query(
        `select id, owner_id, lessee_id, start_date::text as start, end_date, payer
           from fee_agreements where tenant_id = $1 and property_id = $2`,
        [a.tenantId, prop],
      )
    ).rows;
    expect(agreements).toEqual([
      { id: running, owner_id: owner, lessee_id: lessee, start: longAgo, end_date: null, payer: 'LESSEE' },
    ]);
    expect(agreements.map((r) => r.id)).not.toContain(ended);
  });

  it("pages keep each item's own tenant, and a cursor past a company resumes after it", async () => {
    const type = Events.occupancyStarted.type;
    const items: SnapshotItem[] = [];
    for await (const page of httpSnapshots(
      { customers: customersBase() },
      secret,
      30_000,
    )(Events.occupancyStarted))
      items.push(...page);
    const tenantOf = async (id: string) =>
      (await customersAdmin.query(`select tenant_id from occupancies where id = $1`, [id])).rows[0]
        ?.tenant_id;
    const ours = items.filter((i) => [a.tenantId, b.tenantId].includes(i.tenantId));
    expect(ours.length).toBeGreaterThanOrEqual(3);
    for (const i of ours)
      expect([i.tenantId, await tenantOf((i.payload as { occupancyId: string }).occupancyId)]).toEqual([
        i.tenantId,
        i.tenantId,
      ]);
    // After the last possible id of the first company: none of its rows, every later one's.
    const [first, second] = [a.tenantId, b.tenantId].sort();
    const res = await signed(type, `${first}/ffffffff-ffff-4fff-bfff-ffffffffffff`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as SnapshotPage;
    expect(page.items.some((i) => i.tenantId === first)).toBe(false);
    expect(page.items.every((i) => i.tenantId > first)).toBe(true);
    expect(page.items.some((i) => i.tenantId === second) || page.next !== undefined).toBe(true);
  });

  it('the snapshot route answers only calls signed with the internal secret, over its type and cursor', async () => {
    const base = `${customersBase()}${SNAPSHOT_ROUTE}`;
    const type = Events.occupancyStarted.type;
    expect((await fetch(`${base}${type}`)).status).toBe(403);
    const wrongSecret = await fetch(`${base}${type}`, {
      headers: { [INTERNAL_HEADER]: signInternal('not-the-secret', `snapshot:${type}:`) },
    });
    expect(wrongSecret.status).toBe(403);
    // A signature for the first page does not open another company's page.
    const otherCursor = await fetch(`${base}${type}?after=${a.tenantId}/${randomUUID()}`, {
      headers: { [INTERNAL_HEADER]: signInternal(secret, `snapshot:${type}:`) },
    });
    expect(otherCursor.status).toBe(403);
    // Signed for another type: refused too.
    const otherType = await fetch(`${base}${type}`, {
      headers: { [INTERNAL_HEADER]: signInternal(secret, `snapshot:${Events.subletRegistered.type}:`) },
    });
    expect(otherType.status).toBe(403);
    expect((await signed(type)).status).toBe(200);
    // Events that are things that happened, not state, have no snapshot.
    expect((await signed(Events.moveOutRequested.type)).status).toBe(404);
  });
});
