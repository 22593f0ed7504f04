import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { BillRunService } from '../src/run/bill-run.service';
import { DunningService } from '../src/dunning/dunning.service';
import { DunningNoticeStatus } from '../src/dunning/dunning.rules';
import { cleanupTenants, connectDb, log, moveIn, seedProperty } from './helpers';

/**
 * R-DOC-3 / R-BIL-6 against pm_billing: a dunning notice is valid 30 days from its date; after
 * that it is reissued, not delivered. The business clock is injected and moved by the test.
 */
let db: Database;
let admin: Client;
const tenants: string[] = [];
let now = new Date('2026-11-27T04:00:00Z');
const clock = { now: () => now };

beforeAll(async () => {
  ({ db, admin } = await connectDb());
}, 20_000);
afterAll(async () => {
  await cleanupTenants(admin, tenants);
  await admin.end();
  await db.close();
}, 20_000);

const person = (ctx: object, id = 'u1') =>
  ({
    ...ctx,
    roles: ['PROPERTY_ASSISTANT'],
    realm: 'x',
    cell: 'x',
    propertyScope: 'ALL',
    actor: { kind: 'user', id },
  }) as unknown as Principal;

/** October's bill (due 2026-11-15) has rounds on 11-16, 11-23 and 11-30; November's a round on 12-16. */
async function setup() {
  now = new Date('2026-11-27T04:00:00Z');
  const s = await seedProperty(db, 1);
  tenants.push(s.tenantId);
  await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
  const runs = new BillRunService(db, clock, log, { chunkSize: 100 });
  for (const period of ['2026-10', '2026-11']) {
    await runWithTenant(s.ctx, () => runs.start(s.ctx, { propertyId: s.propertyId, period }));
    await runs.idle();
  }
  const dunning = new DunningService(db, clock);
  await dunning.generateDunning(s.ctx, '2026-12-16', s.propertyId);
  const rounds = (
    await admin.query(
      `select r.id, b.period, r.round from dunning_rounds r join bills b on b.id = r.bill_id
        where r.tenant_id = $1 order by b.period, r.round`,
      [s.tenantId],
    )
  ).rows as { id: string; period: string; round: number }[];
  const round = (period: string, n: number) => rounds.find((r) => r.period === period && r.round === n)!.id;
  return { s, p: person(s.ctx), dunning, round };
}

const at = (iso: string) => new Date(iso);

describe('dunning notice validity (database)', () => {
  it('R-DOC-3 R-BIL-6 a delivery after the 30 days is refused; the reissued notice is dated today and the history kept', async () => {
    const { p, dunning, round } = await setup();
    const oct1 = round('2026-10', 1);
    // 2026-12-17 in Shanghai: round 1's notice of 11-16 was valid through 12-16.
    now = at('2026-12-17T04:00:00Z');
    expect(await dunning.validity(p, [oct1])).toMatchObject([
      { id: oct1, validUntil: '2026-12-16', status: DunningNoticeStatus.EXPIRED },
    ]);
    await expect(
      dunning.recordDelivery(p, {
        roundId: oct1,
        deliveredAt: at('2026-12-17T02:00:00Z'),
        signedReceipt: true,
      }),
    ).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
      message: 'notice expired on 2026-12-16, reissue it (R-DOC-3)',
    });
    expect(
      (await admin.query(`select delivered_at from dunning_rounds where id = $1`, [oct1])).rows[0]
        .delivered_at,
    ).toBeNull();

    const r = await dunning.reissueNotice(p, oct1);
    expect(r).toMatchObject({ round: 1, scheduledOn: '2026-11-16', noticeDate: '2026-12-17' });
    expect(await dunning.validity(p, [oct1])).toMatchObject([
      { validUntil: '2027-01-16', status: DunningNoticeStatus.VALID },
    ]);
    const history = await admin.query(
      `select action, details from audit_log where entity_id = $1 and action = 'NOTICE_REISSUED'`,
      [oct1],
    );
    expect(history.rows).toEqual([
      {
        action: 'NOTICE_REISSUED',
        details: {
          previousNoticeDate: '2026-11-16',
          previousValidUntil: '2026-12-16',
          noticeDate: '2026-12-17',
        },
      },
    ]);

    // The reissued notice is delivered within its validity; delivered, it is not reissued again.
    await dunning.recordDelivery(p, {
      roundId: oct1,
      deliveredAt: at('2026-12-17T03:00:00Z'),
      signedReceipt: true,
    });
    expect((await dunning.validity(p, [oct1]))[0].status).toBe(DunningNoticeStatus.DELIVERED);
    now = at('2027-02-01T04:00:00Z');
    await expect(dunning.reissueNotice(p, oct1)).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
      message: 'the notice was delivered',
    });
  }, 60_000);

  it('R-DOC-3 R-BIL-6 a valid notice is not reissued; a delivery counts up to its last valid day, in the property zone', async () => {
    const { p, dunning, round } = await setup();
    const oct2 = round('2026-10', 2);
    now = at('2026-12-17T04:00:00Z');
    await expect(dunning.reissueNotice(p, oct2)).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
      message: 'the notice is valid until 2026-12-23',
    });
    // 16:30Z is already 12-24 in Shanghai, a day late; 15:30Z is still 12-23, its last valid day.
    await expect(
      dunning.recordDelivery(p, {
        roundId: oct2,
        deliveredAt: at('2026-12-23T16:30:00Z'),
        signedReceipt: false,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
    const ok = await dunning.recordDelivery(p, {
      roundId: oct2,
      deliveredAt: at('2026-12-23T15:30:00Z'),
      signedReceipt: false,
    });
    expect(ok.deliveredAt).toEqual(at('2026-12-23T15:30:00Z'));
  }, 60_000);

  it('R-DOC-3 R-BIL-6 another company gets NOT_FOUND for the rounds and sees no validity', async () => {
    const { dunning, round } = await setup();
    const oct1 = round('2026-10', 1);
    now = at('2026-12-17T04:00:00Z');
    const otherTenant = randomUUID();
    tenants.push(otherTenant);
    const other = person({ tenantId: otherTenant }, 'u9');
    await expect(dunning.reissueNotice(other, oct1)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(
      dunning.recordDelivery(other, {
        roundId: oct1,
        deliveredAt: at('2026-12-16T02:00:00Z'),
        signedReceipt: true,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await dunning.validity(other, [oct1])).toEqual([]);
    expect(
      (await admin.query(`select notice_date::text as d from dunning_rounds where id = $1`, [oct1])).rows[0]
        .d,
    ).toBe('2026-11-16');
  }, 60_000);
});
