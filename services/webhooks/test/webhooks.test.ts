import { createHmac, timingSafeEqual } from 'crypto';
import { IncomingHttpHeaders, Server, createServer } from 'http';
import { AddressInfo } from 'net';
import { Client } from 'pg';
import { codes, gql, testClock, testDatabaseUrl } from '@pm/testing';
import {
  Company,
  Platform,
  createProperty,
  inviteStaff,
  removeCompanies,
  signUpCompany,
  starter,
  startPlatform,
  until,
} from '@pm/testing/kit';
import { WebhooksServer } from '../src/server';

/**
 * The webhooks service with tickets behind the gateway, real PostgreSQL and NATS, and a local
 * receiver standing in for a company's system. The receiver checks every signature the way a
 * partner would (the README's few lines), without the service's own code.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a partner writes: recompute HMAC-SHA256(secret, "<t>.<body>"), compare, check t is recent. */
function partnerAccepts(secret: string, header: string, body: string, nowS: number): boolean {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return (
    Math.abs(nowS - Number(parts.t)) <= 300 &&
    expected.length === parts.v1?.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1))
  );
}

const CREATE = `mutation($i: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $i) { id url events propertyIds status secret createdAt } }`;
const DELIVERIES = `query($s: ID!, $st: WebhookDeliveryStatus) { webhookDeliveries(subscriptionId: $s, status: $st) {
  totalCount edges { node { id eventId eventType occurredAt status attempts lastResponseCode lastError
  lastAttemptAt nextAttemptAt deliveredAt replays } } } }`;
const REPORT = `mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`;

describe('webhooks (R-WHK-1…3): signed deliveries of a company’s own events, retries, replay, SSRF', () => {
  let p: Platform;
  let hooks: WebhooksServer;
  let receiver: Server;
  let base: string;
  let db: Client;
  let a: Company;
  let b: Company;
  let X: string;
  let Z: string;
  const received: Received[] = [];
  const failedOnce = new Set<string>();
  /** Calls to /hang that ended (the dispatcher's deadline closed them; the receiver never answers). */
  let hangsEnded = 0;
  const gw = () => p.gatewayUrl;

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await gql(gw(), query, variables, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const deliveries = async (token: string, s: string, st?: string) =>
    (await ok(token, DELIVERIES, { s, st })).webhookDeliveries.edges.map((e: any) => e.node);
  const at = (path: string) => received.filter((r) => r.path === path);
  const bodies = (path: string) => at(path).map((r) => JSON.parse(r.body));

  /** A repair in the property; the first one waits for tickets to have heard of the property. */
  const report = async (c: Company, propertyId: string): Promise<string> => {
    const r = await until(`tickets knows ${propertyId}`, async () => {
      const x = await gql(
        gw(),
        REPORT,
        { i: { propertyId, description: 'leaking tap', priority: 'NORMAL' } },
        c.token,
      );
      return x.errors ? undefined : x;
    });
    return r.data.reportRepair.id;
  };
  /** A subscription; the first with a property filter waits for webhooks to have heard of it. */
  const subscribe = async (c: Company, i: Record<string, unknown>) => {
    const r = await until('webhooks knows the properties', async () => {
      const x = await gql(gw(), CREATE, { i }, c.token);
      if (x.errors && codes(x)[0] !== 'VALIDATION_FAILED') throw new Error(JSON.stringify(x.errors));
      return x.errors ? undefined : x;
    });
    return r.data.createWebhookSubscription;
  };

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      if (req.url === '/hang') {
        received.push({ path: '/hang', headers: req.headers, body: '' });
        req.socket.on('close', () => hangsEnded++);
        return;
      }
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        const id = String(req.headers['x-pm-event-id']);
        // The flaky receiver fails each event's first attempt.
        if (req.url === '/flaky' && !failedOnce.has(id)) {
          failedOnce.add(id);
          res.writeHead(500).end('boom');
          return;
        }
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    p = await startPlatform({}, [
      starter('tickets', { env: { TICKETS_TIMER_INTERVAL_MS: '0' } }),
      starter<WebhooksServer>('webhooks', {
        // The test's receiver is on 127.0.0.1, which production would refuse (R-WHK-3). Three
        // calls at once, two per company: the last test shows that one company's hanging
        // receiver cannot take the other's slot.
        env: {
          WEBHOOKS_ALLOW_PRIVATE_CIDRS: '127.0.0.1/32',
          WEBHOOKS_POLL_MS: '200',
          WEBHOOKS_TIMEOUT_MS: '8000',
          WEBHOOKS_CONCURRENCY: '3',
          WEBHOOKS_TENANT_CONCURRENCY: '2',
        },
        onStart: (s) => (hooks = s),
      }),
    ]);
    db = new Client({ connectionString: testDatabaseUrl('webhooks') });
    await db.connect();
    [a, b] = await Promise.all([signUpCompany(gw()), signUpCompany(gw())]);
    [X, Z] = await Promise.all([
      createProperty(gw(), a.token, 'X Garden'),
      createProperty(gw(), b.token, 'Z Tower'),
    ]);
  }, 240_000);

  afterAll(async () => {
    await removeCompanies([a, b]);
    await db?.end();
    await p?.stop();
    receiver?.closeAllConnections();
    await new Promise((r) => receiver?.close(r));
  }, 60_000);

  it('R-WHK-3: refuses loopback, link-local, private and non-http URLs with URL_NOT_ALLOWED, writing nothing', async () => {
    const events = ['TICKET_CREATED'];
    for (const url of [
      'http://10.0.0.1/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://192.168.1.10:8080/',
      'http://127.0.0.2/hook', // loopback outside the test's one exempt address
      'http://[::1]:8080/hook',
      'http://[fe80::1]/hook',
      'http://0.0.0.0:8080/',
    ]) {
      const r = await gql(gw(), CREATE, { i: { url, events } }, a.token);
      expect({ url, codes: codes(r) }).toEqual({ url, codes: ['URL_NOT_ALLOWED'] });
      expect(r.errors![0].extensions!.details).toMatchObject({ problems: [{ field: 'url' }] });
    }
    const bad = await gql(gw(), CREATE, { i: { url: 'ftp://example.com/x', events } }, a.token);
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
    expect((await ok(a.token, '{ webhookSubscriptions { id } }')).webhookSubscriptions).toEqual([]);
  });

  it('only company administrators manage subscriptions; the secret is shown once', async () => {
    const desk = await inviteStaff(gw(), a.token, a.slug, ['FRONT_DESK'], [X]);
    const r = await gql(gw(), CREATE, { i: { url: `${base}/desk`, events: ['TICKET_CREATED'] } }, desk.token);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw(), '{ webhookSubscriptions { id } }', {}, desk.token))).toEqual(['FORBIDDEN']);
  });

  let subA: { id: string; secret: string };

  it('R-WHK-1: one correctly signed delivery per event, for the subscribing company only', async () => {
    subA = await subscribe(a, {
      url: `${base}/a`,
      events: ['TICKET_CREATED', 'TICKET_ESCALATED'],
      propertyIds: [X],
    });
    expect(subA.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const listed = (await ok(a.token, '{ webhookSubscriptions { id status events propertyIds secret } }'))
      .webhookSubscriptions;
    expect(listed).toEqual([
      {
        id: subA.id,
        status: 'ACTIVE',
        events: ['TICKET_CREATED', 'TICKET_ESCALATED'],
        propertyIds: [X],
        secret: null,
      },
    ]);
    const subB = await subscribe(b, { url: `${base}/b`, events: ['TICKET_CREATED'] });

    const t1 = await report(a, X);
    const t2 = await report(a, X);
    await ok(a.token, `mutation($id: ID!) { escalateTicket(id: $id, note: "owner called twice") { id } }`, {
      id: t2,
    });
    const tb = await report(b, Z);

    await until('a’s three events and b’s one', () => at('/a').length >= 3 && at('/b').length >= 1);
    // Several more polls: anything doubled would arrive now.
    await new Promise((r) => setTimeout(r, 2_000));

    const got = bodies('/a');
    expect(got.map((x) => [x.type, x.data.ticketId]).sort()).toEqual(
      [
        ['ticket.created', t1],
        ['ticket.created', t2],
        ['ticket.escalated', t2],
      ].sort(),
    );
    expect(new Set(got.map((x) => x.id)).size).toBe(3);
    const nowS = Math.floor(testClock.now().getTime() / 1000);
    for (const r of at('/a')) {
      const body = JSON.parse(r.body);
      expect(Object.keys(body)).toEqual(['id', 'type', 'occurredAt', 'tenantId', 'data']);
      expect(body.tenantId).toBe(a.tenantId);
      expect(body.data.propertyId).toBe(X);
      expect(r.headers['x-pm-event-id']).toBe(body.id);
      expect(r.headers['content-type']).toBe('application/json');
      expect(partnerAccepts(subA.secret, String(r.headers['x-pm-signature']), r.body, nowS)).toBe(true);
      // Signed with a's secret: b's would not verify it, nor would a changed body.
      expect(
        partnerAccepts(subA.secret, String(r.headers['x-pm-signature']), r.body.replace('}', ' }'), nowS),
      ).toBe(false);
    }
    // Never another company's event, either way.
    expect(bodies('/b').map((x) => [x.tenantId, x.data.ticketId])).toEqual([[b.tenantId, tb]]);

    const listedA = await deliveries(a.token, subA.id);
    expect(listedA).toHaveLength(3);
    for (const d of listedA)
      expect(d).toMatchObject({
        status: 'DELIVERED',
        attempts: 1,
        lastResponseCode: 200,
        lastError: null,
        replays: 0,
      });
    // b sees none of a's subscription: not listed, not found, cannot be changed.
    expect((await ok(b.token, '{ webhookSubscriptions { id } }')).webhookSubscriptions).toEqual([
      { id: subB.id },
    ]);
    expect(
      (await ok(b.token, `query($id: ID!) { webhookSubscription(id: $id) { id } }`, { id: subA.id }))
        .webhookSubscription,
    ).toBeNull();
    expect(codes(await gql(gw(), DELIVERIES, { s: subA.id }, b.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await gql(
          gw(),
          `mutation($id: ID!) { disableWebhookSubscription(id: $id) { id } }`,
          { id: subA.id },
          b.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  }, 120_000);

  it('R-WHK-2: a 500 is retried after the company’s policy wait, then delivered with the same event id', async () => {
    await ok(a.token, `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { asOf } }`, {
      i: { key: 'webhooks.retryBaseSeconds', value: 90, effectiveFrom: '2020-01-01' },
    });
    await until('webhooks has the policy', async () => {
      const r = await db.query(
        `select 1 from policy_projection where tenant_id = $1 and key = 'webhooks.retryBaseSeconds'`,
        [a.tenantId],
      );
      return r.rowCount === 1;
    });
    const sub = await subscribe(a, { url: `${base}/flaky`, events: ['TICKET_CREATED'] });
    const t = await report(a, X);
    const failed = await until('the first attempt failed', async () => {
      const d = (await deliveries(a.token, sub.id))[0];
      return d?.attempts === 1 ? d : undefined;
    });
    expect(failed).toMatchObject({ status: 'PENDING', lastResponseCode: 500, deliveredAt: null });
    // 90 s, the company's value, not the 30 s default (R-WHK-2).
    expect(Date.parse(failed.nextAttemptAt) - Date.parse(failed.lastAttemptAt)).toBe(90_000);

    // Rather than wait 90 s: passes of the dispatcher at the time of the retry (each takes at
    // most two of the company's due deliveries, so it may take more than one).
    const retryAt = new Date(Date.parse(failed.nextAttemptAt));
    const done = await until('the retry', async () => {
      await hooks.dispatcher.runDue(retryAt);
      const d = (await deliveries(a.token, sub.id))[0];
      return d.attempts === 2 ? d : undefined;
    });
    expect(done).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      lastResponseCode: 200,
      nextAttemptAt: null,
    });
    const tries = at('/flaky');
    expect(tries).toHaveLength(2);
    expect(tries.map((r) => JSON.parse(r.body).data.ticketId)).toEqual([t, t]);
    expect(tries[0].headers['x-pm-event-id']).toBe(tries[1].headers['x-pm-event-id']);
    expect(tries[0].body).toBe(tries[1].body);
    const retryS = Math.floor(Date.parse(failed.nextAttemptAt) / 1000);
    expect(
      partnerAccepts(sub.secret, String(tries[1].headers['x-pm-signature']), tries[1].body, retryS),
    ).toBe(true);
    await ok(a.token, `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id: sub.id });
  }, 120_000);

  it('R-WHK-3 at delivery: a URL that now points at a private address is refused unsent, and retried later', async () => {
    const sub = await subscribe(a, { url: `${base}/moved`, events: ['TICKET_CREATED'], propertyIds: [X] });
    // What DNS rebinding would do to a host name that once resolved publicly.
    await db.query(`update webhook_subscriptions set url = 'http://10.0.0.1:9/moved' where id = $1`, [
      sub.id,
    ]);
    await report(a, X);
    const refused = await until(
      'the refused attempt',
      async () => (await deliveries(a.token, sub.id))[0]?.lastError,
    );
    expect(refused).toBe('URL_NOT_ALLOWED: 10.0.0.1 is a private address');
    const d = (await deliveries(a.token, sub.id))[0];
    expect(d).toMatchObject({ status: 'PENDING', attempts: 1, lastResponseCode: null });
    expect(d.nextAttemptAt).not.toBeNull();
    expect(at('/moved')).toEqual([]);
    await ok(a.token, `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id: sub.id });
  }, 120_000);

  it('replay sends the same events again; what happened while disabled arrives by replay', async () => {
    // Every ticket of X so far went to subscription A too (the tests above made more).
    await until('A is idle', async () =>
      (await deliveries(a.token, subA.id)).every((d: any) => d.status === 'DELIVERED'),
    );
    const before = bodies('/a');
    const ids = [...new Set(before.map((x) => x.id))].sort();
    expect(ids).toHaveLength(before.length);
    const from = before.map((x) => x.occurredAt).sort()[0];
    const replayed = await ok(
      a.token,
      `mutation($s: ID!, $f: DateTime!) { replayWebhookDeliveries(subscriptionId: $s, from: $f) { queued hasMore nextFrom } }`,
      { s: subA.id, f: from },
    );
    expect(replayed.replayWebhookDeliveries).toEqual({ queued: ids.length, hasMore: false, nextFrom: null });
    await until('the replayed events', () => at('/a').length >= 2 * ids.length);
    const again = at('/a').slice(ids.length);
    expect(again.map((r) => JSON.parse(r.body).id).sort()).toEqual(ids);
    // The same bodies, freshly signed.
    expect(again.map((r) => r.body).sort()).toEqual(
      at('/a')
        .slice(0, ids.length)
        .map((r) => r.body)
        .sort(),
    );
    const nowS = Math.floor(testClock.now().getTime() / 1000);
    for (const r of again)
      expect(partnerAccepts(subA.secret, String(r.headers['x-pm-signature']), r.body, nowS)).toBe(true);
    await until('recorded as delivered again', async () =>
      (await deliveries(a.token, subA.id)).every((d: any) => d.status === 'DELIVERED' && d.replays === 1),
    );

    // Disabled: the event is kept, nothing is sent; enabled and replayed, it arrives.
    await ok(a.token, `mutation($id: ID!) { disableWebhookSubscription(id: $id) { status } }`, {
      id: subA.id,
    });
    const missed = await report(a, X);
    await until('webhooks kept the event', async () => {
      const r = await db.query(`select 1 from webhook_events where data->>'ticketId' = $1`, [missed]);
      return r.rowCount === 1;
    });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(bodies('/a').filter((x) => x.data.ticketId === missed)).toEqual([]);
    const enabled = await ok(
      a.token,
      `mutation($id: ID!) { enableWebhookSubscription(id: $id) { status } }`,
      {
        id: subA.id,
      },
    );
    expect(enabled.enableWebhookSubscription.status).toBe('ACTIVE');
    const since = new Date(Date.now() - 60_000).toISOString();
    const r = await ok(
      a.token,
      `mutation($s: ID!, $f: DateTime!) { replayWebhookDeliveries(subscriptionId: $s, from: $f) { queued } }`,
      { s: subA.id, f: since },
    );
    expect(r.replayWebhookDeliveries.queued).toBeGreaterThanOrEqual(1);
    await until('the missed event', () => bodies('/a').some((x) => x.data.ticketId === missed));
  }, 120_000);

  it('deleting a subscription deletes its deliveries; nothing is sent to it any more', async () => {
    await until('the replays settled', async () =>
      (await deliveries(a.token, subA.id)).every((d: any) => d.status === 'DELIVERED'),
    );
    expect(
      (await ok(a.token, `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id: subA.id }))
        .deleteWebhookSubscription,
    ).toBe(true);
    expect(codes(await gql(gw(), DELIVERIES, { s: subA.id }, a.token))).toEqual(['NOT_FOUND']);
    const n = at('/a').length;
    await report(a, X);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(at('/a')).toHaveLength(n);
    const left = await db.query(
      'select count(*)::int as n from webhook_deliveries where subscription_id = $1',
      [subA.id],
    );
    expect(left.rows[0].n).toBe(0);
  }, 60_000);

  it('no company can hold up another: b’s hanging receiver takes b’s two slots, a’s delivery goes by', async () => {
    const hang = await subscribe(b, { url: `${base}/hang`, events: ['TICKET_CREATED'] });
    const a2 = await subscribe(a, { url: `${base}/a2`, events: ['TICKET_CREATED'] });
    await Promise.all([1, 2, 3, 4].map(() => report(b, Z)));
    await until('b’s two slots taken', () => at('/hang').length >= 2);
    const t = await report(a, X);
    await until('a’s delivery', () => bodies('/a2').some((x) => x.data.ticketId === t));
    // Two calls of b in flight, none ended: a got the third slot while b's were still hanging.
    // Without the per-company cap b would have had all three, and a would have waited 8 s.
    expect(at('/hang')).toHaveLength(2);
    expect(hangsEnded).toBe(0);
    expect((await deliveries(b.token, hang.id, 'PENDING')).length).toBe(4);
    for (const s of [hang.id])
      await ok(b.token, `mutation($id: ID!) { disableWebhookSubscription(id: $id) { id } }`, { id: s });
    await ok(a.token, `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id: a2.id });
  }, 120_000);
});
