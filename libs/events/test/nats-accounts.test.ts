import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { AckPolicy, NatsConnection, connect } from 'nats';
import { Events, deadLetterSubject } from '@pm/contracts';
import { testDatabaseUrl, testNats } from '@pm/testing';
import { connectNats, ensureStreams } from '../src';

/**
 * The test run's nats-server runs with the platform's users (deploy/nats/accounts.cjs, the same
 * generator as `npm start`'s server and the compose/Helm configs): nobody connects anonymously,
 * and a service's user can neither forge another domain's events nor read what it does not
 * consume.
 */
describe('NATS accounts (real nats-server)', () => {
  const open: NatsConnection[] = [];
  const as = async (user: string) => {
    const o = testNats(user);
    const nc = await connectNats(o.servers, `accounts-test-${user}`, { user: o.user, pass: o.pass });
    open.push(nc);
    return nc;
  };
  let admin: NatsConnection;
  // A refused connect leaves nats.js's own "closed" promise rejected: not this test's failure.
  const swallow = (e: unknown) => {
    if (!/Authorization Violation/i.test(String((e as Error)?.message))) throw e;
  };

  beforeAll(async () => {
    process.on('unhandledRejection', swallow);
    admin = await connect(testNats());
    open.push(admin);
    await ensureStreams(admin);
  });

  afterAll(async () => {
    for (const nc of open) await nc.close().catch(() => undefined);
    process.off('unhandledRejection', swallow);
  });

  it('refuses anonymous connections and wrong passwords', async () => {
    const { servers } = testNats();
    await expect(connect({ servers, maxReconnectAttempts: 0, reconnect: false })).rejects.toMatchObject({
      code: 'AUTHORIZATION_VIOLATION',
    });
    await expect(
      connect({ servers, user: 'billing', pass: 'not-the-password', reconnect: false }),
    ).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
    // The gateway has no user at all.
    await expect(
      connect({ servers, user: 'gateway', pass: 'pm-dev-nats-gateway', reconnect: false }),
    ).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
  });

  it('a service publishes its own domain and nothing else: the tickets user cannot forge clearance.decided', async () => {
    const tickets = await as('tickets');
    const js = tickets.jetstream();
    const own = await js.publish(Events.ticketCreated.subject, '{}', { msgID: `accounts-own-${Date.now()}` });
    expect(own.stream).toBe('PM_TICKETS');

    const jsm = await admin.jetstreamManager();
    const before = (await jsm.streams.info('PM_BILLING')).state.last_seq;
    await expect(
      js.publish(Events.clearanceDecided.subject, JSON.stringify({ cleared: true }), { timeout: 3000 }),
    ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    // Nor another consumer's dead letters, nor the stream of another domain.
    await expect(
      js.publish(deadLetterSubject('billing_repair-charges'), '{}', { timeout: 3000 }),
    ).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    });
    await expect(
      (await tickets.jetstreamManager()).streams.update('PM_BILLING', { max_age: 1 }),
    ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    expect((await jsm.streams.info('PM_BILLING')).state.last_seq).toBe(before);
  });

  it('a service cannot create, change or delete a stream, not even its own: only the operator (npm run streams, the migrate job) can', async () => {
    const tenancy = await as('tenancy');
    const jsm = await tenancy.jetstreamManager();
    // It may still look at its stream (awaitStreams at start).
    expect((await jsm.streams.info('PM_TENANCY')).config.name).toBe('PM_TENANCY');
    await expect(
      jsm.streams.add({ name: 'PM_TENANCY_ROGUE', subjects: ['pm.tenancy-rogue.>'] }),
    ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    await expect(jsm.streams.update('PM_TENANCY', { max_age: 1_000_000_000 })).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    });
    await expect(jsm.streams.delete('PM_TENANCY')).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    await expect(jsm.streams.purge('PM_TENANCY')).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    const ajsm = await admin.jetstreamManager();
    const info = await ajsm.streams.info('PM_TENANCY');
    expect(info.config.max_age).toBeGreaterThan(1_000_000_000);
    await expect(ajsm.streams.info('PM_TENANCY_ROGUE')).rejects.toThrow(/stream not found/i);
    // The operator may.
    await ensureStreams(admin);
  });

  it('a service subscribes only to what it consumes: no core subscription, no other inbox, no foreign consumer', async () => {
    const billing = await as('billing');
    for (const subject of ['pm.>', Events.occupancyStarted.subject, '_INBOX.>', '_INBOX_tickets.>']) {
      const sub = billing.subscribe(subject);
      const iterated = (async () => {
        for await (const _ of sub) {
          // nothing may arrive
        }
      })();
      await billing.flush();
      await expect(iterated).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    }
    const jsm = await billing.jetstreamManager();
    // A durable consumer it does not declare (a spy on every customers event) is refused…
    await expect(
      jsm.consumers.add('PM_CUSTOMERS', {
        durable_name: 'billing_spy',
        ack_policy: AckPolicy.Explicit,
        filter_subject: 'pm.customers.>',
      }),
    ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    // …and so is a declared durable name with another filter than its subject.
    await expect(
      jsm.consumers.add('PM_CUSTOMERS', {
        durable_name: 'billing_occupancy-started',
        ack_policy: AckPolicy.Explicit,
        filter_subject: Events.moveOutRequested.subject,
      }),
    ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    // The declared one, with its own subject, is what the service itself creates.
    const ok = await jsm.consumers.add('PM_CUSTOMERS', {
      durable_name: 'billing_occupancy-started',
      ack_policy: AckPolicy.Explicit,
      filter_subject: Events.occupancyStarted.subject,
    });
    expect(ok.config.filter_subject).toBe(Events.occupancyStarted.subject);
  });
});

describe("a service's outbox holds only its own domain's events", () => {
  it('refuses a billing event in the customers outbox (check constraint), so no relay can hold it', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl('customers') });
    await admin.connect();
    // In a transaction rolled back after: were the row accepted, it must not reach the relay.
    await admin.query('begin');
    try {
      await expect(
        admin.query('insert into outbox (id, tenant_id, subject, envelope) values ($1, $2, $3, $4)', [
          randomUUID(),
          randomUUID(),
          Events.clearanceDecided.subject,
          '{}',
        ]),
      ).rejects.toMatchObject({ code: '23514' });
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
  });
});
