import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { eventRetentionSpec, loadConfig } from '@pm/config';
import { RELAY_ROLE } from '@pm/db';
import { PlatformMetrics, createLogger } from '@pm/observability';
import {
  EventRetention,
  REDELIVERY_HORIZON_DAYS,
  RetentionOptions,
  checkInboxRetention,
  eventsRetentionSql,
} from '../src';
import { EventTablesDb, eventTablesDb } from './event-tables-db';

/**
 * The event tables' retention, as the relay role, on a database of its own built by the same
 * statements as every service's migrations. Every sweep is given its `now`: rows are stamped
 * relative to it, so no test waits for time to pass.
 */
const log = createLogger('retention-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');

const NOW = new Date('2031-03-15T08:00:00Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('event retention: the outbox and the inbox stop growing', () => {
  let tables: EventTablesDb;
  let db: Client;
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  beforeAll(async () => {
    tables = await eventTablesDb('retention', eventsRetentionSql(RELAY_ROLE));
    db = tables.db;
  }, 30_000);

  afterAll(async () => {
    await tables?.drop();
  });

  beforeEach(async () => {
    await db.query('truncate outbox, inbox');
  });

  const retention = (over: Partial<RetentionOptions> = {}) =>
    new EventRetention({
      databaseUrl: tables.url(RELAY_ROLE),
      log,
      outboxRetentionHours: 72,
      inboxRetentionDays: 135,
      pauseMs: 0,
      ...over,
    });

  async function outboxRow(
    at: { created: Date; published?: Date; quarantined?: Date },
    tenantId = tenantA,
  ): Promise<string> {
    const id = randomUUID();
    await db.query(
      `insert into outbox (id, tenant_id, subject, envelope, created_at, published_at, quarantined_at, quarantine_reason)
       values ($1, $2, 'pm.tenancy.property.created', '{}', $3, $4, $5, $6)`,
      [
        id,
        tenantId,
        at.created,
        at.published ?? null,
        at.quarantined ?? null,
        at.quarantined ? 'test' : null,
      ],
    );
    return id;
  }

  async function outboxRows(n: number, published: Date): Promise<void> {
    await db.query(
      `insert into outbox (id, tenant_id, subject, envelope, created_at, published_at)
       select gen_random_uuid(), $1, 'pm.tenancy.property.created', '{}', $2, $2 from generate_series(1, $3)`,
      [tenantA, published, n],
    );
  }

  async function inboxRow(tenantId: string, processed: Date): Promise<string> {
    const eventId = randomUUID();
    await db.query(
      `insert into inbox (consumer, event_id, tenant_id, processed_at) values ('billing.properties', $1, $2, $3)`,
      [eventId, tenantId, processed],
    );
    return eventId;
  }

  const ids = async (table: 'outbox' | 'inbox') =>
    (
      await db.query<{ id: string }>(
        table === 'outbox'
          ? 'select id from outbox order by id'
          : 'select event_id as id from inbox order by event_id',
      )
    ).rows.map((r) => r.id);

  it('deletes published outbox rows older than OUTBOX_RETENTION_HOURS, keeps younger, unpublished and quarantined ones', async () => {
    const old = await outboxRow({ created: ago(100 * HOUR), published: ago(73 * HOUR) });
    const young = await outboxRow({ created: ago(100 * HOUR), published: ago(71 * HOUR) });
    const unpublished = await outboxRow({ created: ago(400 * HOUR) });
    const quarantined = await outboxRow({ created: ago(400 * HOUR), quarantined: ago(399 * HOUR) });
    const otherTenant = await outboxRow({ created: ago(80 * HOUR), published: ago(79 * HOUR) }, tenantB);

    const metrics = new PlatformMetrics({ service: 'tenancy' });
    const r = retention({ metrics });
    try {
      expect(await r.sweep(NOW)).toEqual({ outbox: 2, inbox: 0, capped: false });
      expect(await ids('outbox')).toEqual([young, unpublished, quarantined].sort());
      expect(await ids('outbox')).not.toContain(old);
      expect(await ids('outbox')).not.toContain(otherTenant);
      expect(await metrics.scrape()).toMatch(
        /^pm_events_pruned_total\{service="tenancy",table="outbox"\} 2$/m,
      );
      // Nothing left past the retention: a second sweep deletes nothing.
      expect(await r.sweep(NOW)).toEqual({ outbox: 0, inbox: 0, capped: false });
    } finally {
      await r.stop();
      await metrics.shutdown();
    }
  });

  it('deletes inbox rows older than INBOX_RETENTION_DAYS of every tenant, keeps newer ones', async () => {
    const oldA = await inboxRow(tenantA, ago(136 * DAY));
    const oldB = await inboxRow(tenantB, ago(200 * DAY));
    const newA = await inboxRow(tenantA, ago(134 * DAY));
    const newB = await inboxRow(tenantB, ago(1 * DAY));

    const r = retention();
    try {
      expect(await r.sweep(NOW)).toEqual({ outbox: 0, inbox: 2, capped: false });
      const left = await ids('inbox');
      expect(left).toEqual([newA, newB].sort());
      expect(left).not.toEqual(expect.arrayContaining([oldA]));
      expect(left).not.toEqual(expect.arrayContaining([oldB]));
    } finally {
      await r.stop();
    }
  });

  it('the relay role may delete from the inbox, never write to it', async () => {
    const relay = new Client({ connectionString: tables.url(RELAY_ROLE) });
    await relay.connect();
    try {
      await expect(
        relay.query(`insert into inbox (consumer, event_id, tenant_id) values ('x', $1, $2)`, [
          randomUUID(),
          tenantA,
        ]),
      ).rejects.toThrow(/permission denied/);
      await inboxRow(tenantA, ago(1 * DAY));
      await expect(relay.query(`update inbox set processed_at = now()`)).rejects.toThrow(/permission denied/);
    } finally {
      await relay.end();
    }
  });

  it('deletes in statements of at most batchSize rows and stops a sweep after maxBatches', async () => {
    await outboxRows(25, ago(80 * HOUR));
    const one = retention({ batchSize: 10, maxBatches: 1 });
    try {
      // One statement: exactly one batch goes, the sweep says it stopped at its cap.
      expect(await one.sweep(NOW)).toEqual({ outbox: 10, inbox: 0, capped: true });
      expect((await ids('outbox')).length).toBe(15);
    } finally {
      await one.stop();
    }
    const two = retention({ batchSize: 10, maxBatches: 2 });
    try {
      expect(await two.sweep(NOW)).toEqual({ outbox: 10 + 5, inbox: 0, capped: false });
      expect(await ids('outbox')).toEqual([]);
    } finally {
      await two.stop();
    }
  });

  it('a stop ends a sweep after its statement in flight, not after the whole sweep', async () => {
    await outboxRows(10, ago(80 * HOUR));
    const r = retention({ batchSize: 1, maxBatches: 100, pauseMs: 50 });
    const sweep = r.sweep(NOW);
    await r.stop();
    expect(await sweep).toEqual({ outbox: 1, inbox: 0, capped: true });
    expect((await ids('outbox')).length).toBe(9);
  });

  it('with the database clock, a sweep leaves rows stamped now alone', async () => {
    await db.query(
      `insert into outbox (id, tenant_id, subject, envelope, published_at) values ($1, $2, 'pm.tenancy.property.created', '{}', now())`,
      [randomUUID(), tenantA],
    );
    await db.query(
      `insert into inbox (consumer, event_id, tenant_id) values ('billing.properties', $1, $2)`,
      [randomUUID(), tenantA],
    );
    const r = retention();
    try {
      expect(await r.sweep()).toEqual({ outbox: 0, inbox: 0, capped: false });
    } finally {
      await r.stop();
    }
  });
});

describe('INBOX_RETENTION_DAYS against redelivery', () => {
  it('is refused at start-up unless it exceeds the stream max_age plus the dead letters’ (30 + 90 days)', () => {
    expect(REDELIVERY_HORIZON_DAYS).toBe(120);
    for (const days of [7, 30, 45, 120])
      expect(() => checkInboxRetention(days)).toThrow(
        new RegExp(`INBOX_RETENTION_DAYS=${days} must be more than 120.*30 days \\(stream max_age\\)`),
      );
    expect(() => checkInboxRetention(121)).not.toThrow();
    const options = { databaseUrl: 'postgres://unused', log, outboxRetentionHours: 72 };
    expect(() => new EventRetention({ ...options, inboxRetentionDays: 30 })).toThrow(
      /INBOX_RETENTION_DAYS=30/,
    );
    expect(() => new EventRetention({ ...options, inboxRetentionDays: 135 })).not.toThrow();
    // The defaults every subgraph starts with pass.
    const defaults = loadConfig(eventRetentionSpec, {});
    expect(defaults).toEqual({ outboxRetentionHours: 72, inboxRetentionDays: 135 });
    expect(() => checkInboxRetention(defaults.inboxRetentionDays)).not.toThrow();
  });
});
