import { Client } from 'pg';
import { Events } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import { closeForeignEvents, codes, gql, publishForeignEvent, testClock } from '@pm/testing';
import { FakeClock, addDays, dateIn } from '@pm/time';
import { adminDb, ok, startTicketsPlatform } from './helpers';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  until,
} from '@pm/testing/kit';

const LIST = `query($p: ID!, $d: String) { vacantCleaningDue(propertyId: $p, asOf: $d) {
  propertyId asOf intervalDays batchSize vacant due overdue
  units { unitId building number vacantSince lastCleanedOn nextDueOn dueBy due overdue inNextBatch } } }`;
const RECORD = `mutation($i: RecordVacantCleaningInput!) { recordVacantCleaning(input: $i) {
  id propertyId unitId cleanedOn itemsDone itemsMissed cleaner note recordedBy damages { description ticketId } } }`;
const QUEUE = `query($p: ID) { repairQueue(propertyId: $p, first: 100) { edges { node { id kind status unitId description } } } }`;

describe('R-TKT-16 vacant-unit cleaning through the gateway', () => {
  const clock = new FakeClock(testClock.now().getTime());
  let p: Platform;
  let db: Client;
  let a: Company;
  let b: Company;
  let X: string;
  let Y: string;
  let gw: string;
  let assistant: { token: string; id: string };
  let assistantY: { token: string; id: string };
  let tech: { token: string; id: string };
  let today: string;
  // occupied: lived in since long ago; vacated: its occupant left three days ago; unsold: never occupied.
  const units: Record<'occupied' | 'vacated' | 'unsold' | 'other', string> = {} as never;

  const createUnit = async (propertyId: string, number: string) =>
    (
      await ok(gw, a.token, `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
        i: { propertyId, building: '1', number, areaSqm: 90, kind: 'APARTMENT' },
      })
    ).createUnit.id as string;
  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params)).rows[0].n);
  const list = async (asOf?: string, token = assistant.token) =>
    (await ok(gw, token, LIST, { p: X, d: asOf })).vacantCleaningDue;
  const line = (l: any, unitId: string) => l.units.find((u: any) => u.unitId === unitId);

  beforeAll(async () => {
    const started = await startTicketsPlatform(clock);
    p = started.p;
    gw = p.gatewayUrl;
    db = await adminDb();
    [a, b] = await Promise.all([signUpCompany(gw), signUpCompany(gw)]);
    X = await createProperty(gw, a.token, 'Vacant Garden');
    Y = await createProperty(gw, a.token, 'Other Tower');
    [assistant, assistantY, tech] = await Promise.all([
      inviteStaff(gw, a.token, a.slug, ['PROPERTY_ASSISTANT'], [X]),
      inviteStaff(gw, a.token, a.slug, ['PROPERTY_ASSISTANT'], [Y]),
      inviteStaff(gw, a.token, a.slug, ['TECHNICIAN'], [X]),
    ]);
    units.occupied = await createUnit(X, '101');
    units.vacated = await createUnit(X, '102');
    units.unsold = await createUnit(X, '103');
    units.other = await createUnit(Y, '101');
    const ids = Object.values(units);
    await until(
      'tickets knows the properties and units',
      async () =>
        (await count('select count(*)::int as n from tkt_properties where id = any($1::uuid[])', [
          [X, Y],
        ])) === 2 &&
        (await count('select count(*)::int as n from tkt_units where id = any($1::uuid[])', [ids])) === 4,
      30_000,
    );
    const tz = (await db.query('select time_zone from tkt_properties where id = $1', [X])).rows[0].time_zone;
    today = dateIn(clock.now(), tz);
    const started1 = uuidv7();
    const started2 = uuidv7();
    const occupancy = (id: string, unitId: string, startDate: string) =>
      publishForeignEvent(Events.occupancyStarted, a.tenantId, {
        occupancyId: id,
        customerId: uuidv7(),
        unitId,
        propertyId: X,
        kind: 'OWNER',
        startDate,
      });
    await occupancy(started1, units.occupied, addDays(today, -400));
    await occupancy(started2, units.vacated, addDays(today, -300));
    await publishForeignEvent(Events.occupancyEnded, a.tenantId, {
      occupancyId: started2,
      customerId: uuidv7(),
      unitId: units.vacated,
      propertyId: X,
      endDate: addDays(today, -3),
    });
    await until(
      'tickets knows the occupancies',
      async () =>
        (await count(
          'select count(*)::int as n from tkt_occupancies where id = any($1::uuid[]) and start_date is not null',
          [[started1, started2]],
        )) === 2 &&
        (await count(
          'select count(*)::int as n from tkt_occupancies where id = $1 and end_date is not null',
          [started2],
        )) === 1,
      30_000,
    );
  }, 120_000);

  afterAll(async () => {
    await closeForeignEvents();
    await removeCompanies([a, b]);
    await db?.end();
    await p?.stop();
  }, 30_000);

  it('R-TKT-16: occupied units are not listed; a vacated unit is due from its first vacant day, a never-occupied one is due and overdue', async () => {
    const l = await list();
    expect(l).toMatchObject({ propertyId: X, asOf: today, intervalDays: 15, batchSize: 0, vacant: 2 });
    expect(line(l, units.occupied)).toBeUndefined();
    expect(line(l, units.other)).toBeUndefined();
    const vacatedSince = addDays(today, -2);
    expect(line(l, units.vacated)).toEqual({
      unitId: units.vacated,
      building: '1',
      number: '102',
      vacantSince: vacatedSince,
      lastCleanedOn: null,
      nextDueOn: vacatedSince,
      dueBy: addDays(vacatedSince, 15),
      due: true,
      overdue: false,
      inNextBatch: true,
    });
    expect(line(l, units.unsold)).toMatchObject({ vacantSince: null, due: true, overdue: true });
    // Overdue first.
    expect(l.units.map((u: any) => u.unitId)).toEqual([units.unsold, units.vacated]);
    // Before its occupant left, the vacated unit was not vacant.
    expect(line(await list(addDays(today, -4)), units.vacated)).toBeUndefined();
  });

  it('R-TKT-16: recording clears the due, damages open repairs in the engineering queue; overdue after the interval', async () => {
    const r = (
      await ok(gw, assistant.token, RECORD, {
        i: {
          unitId: units.vacated,
          itemsDone: ['TOILET', 'FLOOR', 'FLOOR'],
          cleaner: '保洁员 王',
          damages: [{ description: '卫生间灯不亮' }, { description: '窗户把手松动', priority: 'EXPRESS' }],
        },
      })
    ).recordVacantCleaning;
    expect(r).toMatchObject({
      propertyId: X,
      unitId: units.vacated,
      cleanedOn: today,
      itemsDone: ['FLOOR', 'TOILET'],
      itemsMissed: ['WALLS_AND_FITTINGS', 'WINDOWS'],
      cleaner: '保洁员 王',
      note: null,
      recordedBy: expect.any(String),
    });
    expect(r.damages.map((d: any) => d.description)).toEqual(['卫生间灯不亮', '窗户把手松动']);
    const ticketIds = r.damages.map((d: any) => d.ticketId);

    const queue = (await ok(gw, a.token, QUEUE, { p: X })).repairQueue.edges.map((e: any) => e.node);
    const raised = queue.filter((t: any) => ticketIds.includes(t.id));
    expect(raised).toHaveLength(2);
    for (const t of raised)
      expect(t).toMatchObject({ kind: 'REPAIR', status: 'OPEN', unitId: units.vacated });

    const after = line(await list(), units.vacated);
    expect(after).toMatchObject({
      lastCleanedOn: today,
      nextDueOn: addDays(today, 15),
      dueBy: addDays(today, 15),
      due: false,
      overdue: false,
      inNextBatch: false,
    });
    expect(line(await list(addDays(today, 15)), units.vacated)).toMatchObject({ due: true, overdue: false });
    expect(line(await list(addDays(today, 16)), units.vacated)).toMatchObject({ due: true, overdue: true });

    // The same unit and day again: CONFLICT, and no second pair of repairs.
    const again = await gql(
      gw,
      RECORD,
      { i: { unitId: units.vacated, itemsDone: ['FLOOR'] } },
      assistant.token,
    );
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(await count('select count(*)::int as n from tickets where unit_id = $1', [units.vacated])).toBe(2);
  });

  it('R-TKT-16: bad input is VALIDATION_FAILED and writes nothing, not even the repairs of valid damages', async () => {
    const bad = async (i: Record<string, unknown>) =>
      codes(
        await gql(gw, RECORD, { i: { unitId: units.unsold, itemsDone: ['FLOOR'], ...i } }, assistant.token),
      );
    expect(await bad({ itemsDone: [] })).toEqual(['VALIDATION_FAILED']);
    expect(await bad({ cleanedOn: addDays(today, 1) })).toEqual(['VALIDATION_FAILED']);
    expect(await bad({ cleanedOn: '2026-02-30' })).toEqual(['VALIDATION_FAILED']);
    expect(await bad({ damages: [{ description: '  ' }] })).toEqual(['VALIDATION_FAILED']);
    expect(
      await bad({
        damages: [{ description: '门锁坏' }, { description: '灯坏', priceItemCode: 'NO_SUCH_ITEM' }],
      }),
    ).toEqual(['VALIDATION_FAILED']);
    expect(await bad({ unitId: units.occupied })).toEqual(['VALIDATION_FAILED']);
    expect(
      await count('select count(*)::int as n from vacant_cleanings where unit_id = any($1::uuid[])', [
        [units.unsold, units.occupied],
      ]),
    ).toBe(0);
    expect(
      await count('select count(*)::int as n from tickets where unit_id = any($1::uuid[])', [
        [units.unsold, units.occupied],
      ]),
    ).toBe(0);
  });

  it('R-TKT-16: a policy override of tickets.vacantCleaningIntervalDays changes when the unit is due', async () => {
    await ok(gw, a.token, `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`, {
      i: { key: 'tickets.vacantCleaningIntervalDays', value: 7, propertyId: X, effectiveFrom: '2020-01-01' },
    });
    await until(
      'tickets sees the interval',
      async () =>
        (await count(
          `select count(*)::int as n from policy_projection where tenant_id = $1 and key = 'tickets.vacantCleaningIntervalDays'`,
          [a.tenantId],
        )) === 1,
      30_000,
    );
    const week = await list(addDays(today, 7));
    expect(week.intervalDays).toBe(7);
    expect(line(week, units.vacated)).toMatchObject({
      nextDueOn: addDays(today, 7),
      due: true,
      overdue: false,
    });
    expect(line(await list(addDays(today, 8)), units.vacated).overdue).toBe(true);
    expect(line(await list(addDays(today, 6)), units.vacated).due).toBe(false);
  });

  it('R-TKT-16: roles, sites and companies — another company’s token and ids get NOT_FOUND, another site NOT_FOUND, a technician FORBIDDEN', async () => {
    expect(codes(await gql(gw, LIST, { p: X }, b.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await gql(gw, RECORD, { i: { unitId: units.unsold, itemsDone: ['FLOOR'] } }, b.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, LIST, { p: X }, assistantY.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await gql(gw, RECORD, { i: { unitId: units.unsold, itemsDone: ['FLOOR'] } }, assistantY.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, LIST, { p: X }, tech.token))).toEqual(['FORBIDDEN']);
    expect(
      codes(await gql(gw, RECORD, { i: { unitId: uuidv7(), itemsDone: ['FLOOR'] } }, assistant.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, LIST, { p: X, d: '2026-13-01' }, assistant.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    // Company B's own (empty) property lists nothing of A's.
    const own = await createProperty(gw, b.token, 'B Court');
    await until(
      'tickets knows B’s property',
      async () => (await count('select count(*)::int as n from tkt_properties where id = $1', [own])) === 1,
      30_000,
    );
    expect((await ok(gw, b.token, LIST, { p: own })).vacantCleaningDue).toMatchObject({
      vacant: 0,
      units: [],
    });
    expect(
      await count('select count(*)::int as n from vacant_cleanings where unit_id = $1', [units.unsold]),
    ).toBe(0);
  });
});
