import { Client } from 'pg';
import { codes, gql, testClock, testDatabaseUrl } from '@pm/testing';
import { FakeClock, addDays, addMonths, dateIn } from '@pm/time';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  starter,
  startPlatform,
  until,
} from '@pm/testing/kit';
import { idNumberFor } from './id-numbers';
import { CustomersServer } from '../src/server';

/**
 * Shop inspections (巡场, R-CUS-15) through the gateway: the due list, rectifications, F&B
 * contracts and duct cleaning, the cycle from the property's policy, tenant isolation and
 * refused input. Later days are looked at with `asOf`, so the test holds on any date.
 */
jest.setTimeout(60_000);
const ADMIN_URL = testDatabaseUrl('customers');
const clock = new FakeClock(testClock.now().getTime());
const TZ = 'Asia/Shanghai';

let p: Platform;
let a: Company;
let b: Company;
let X: string;
let Y: string;
const units: Record<string, string> = {};
let frontDesk: { token: string };
let finance: { token: string };
let assistantY: { token: string };
let admin: Client;
let fnb: string;
let other: string;
let unregistered: string;

const call = (query: string, variables: Record<string, unknown>, token = frontDesk.token) =>
  gql(p.gatewayUrl, query, variables, token);
const ok = async (query: string, variables: Record<string, unknown>, token = frontDesk.token) => {
  const r = await call(query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
const today = () => dateIn(clock.now(), TZ);
const count = async (sql: string, params: unknown[]) => (await admin.query(sql, params)).rows[0].n as number;

let idSeq = 3000 + Math.floor(Math.random() * 6000);
async function tenantOf(unitId: string, name: string): Promise<string> {
  const d = await ok(
    `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`,
    {
      i: { propertyId: X, name, phone: '13900004444', kind: 'OWNER', idNumber: idNumberFor(idSeq++, 1985) },
    },
    a.token,
  );
  const id = d.registerCustomer.id;
  await ok(
    `mutation($i: MoveInInput!) { moveIn(input: $i) { id } }`,
    { i: { customerId: id, unitId, date: today() } },
    a.token,
  );
  return id;
}

const REGISTER = `mutation($i: RegisterShopInput!) { registerShop(input: $i) { id foodAndBeverage registeredOn } }`;
const INSPECT = `mutation($i: RecordShopInspectionInput!) { recordShopInspection(input: $i) { id shopId passed findings inspectedOn rectificationDeadline rectifiedOn inspectedBy } }`;
const RECTIFIED = `mutation($i: RecordShopRectificationInput!) { recordShopRectification(input: $i) { id rectifiedOn } }`;
const CONTRACT = `mutation($i: RegisterShopContractInput!) { registerShopContract(input: $i) { id kind validTo } }`;
const CLEANED = `mutation($i: RecordDuctCleaningInput!) { recordDuctCleaning(input: $i) { id cleanedOn } }`;
const DUE = `query($p: ID!, $d: Date) { shopInspectionsDue(propertyId: $p, asOf: $d) {
  shop { id unitId customerId foodAndBeverage customer { name } } cycleMonths lastInspectedOn nextDueOn due overdue
  openRectifications { id rectificationDeadline } rectificationOverdue lastDuctCleanedOn problems } }`;

type Status = {
  shop: { id: string; customer: { name: string } };
  cycleMonths: number;
  lastInspectedOn: string | null;
  nextDueOn: string;
  due: boolean;
  overdue: boolean;
  openRectifications: { id: string; rectificationDeadline: string }[];
  rectificationOverdue: boolean;
  lastDuctCleanedOn: string | null;
  problems: string[];
};
const due = async (asOf?: string, token = frontDesk.token): Promise<Record<string, Status>> => {
  const rows: Status[] = (await ok(DUE, { p: X, d: asOf ?? null }, token)).shopInspectionsDue;
  return Object.fromEntries(rows.map((r) => [r.shop.id, r]));
};

async function setPolicy(key: string, value: unknown) {
  await ok(
    `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`,
    { i: { key, value, propertyId: X, effectiveFrom: '2020-01-01' } },
    a.token,
  );
  await until(
    `customers sees ${key}`,
    async () =>
      (await count(`select count(*)::int as n from policy_projection where tenant_id = $1 and key = $2`, [
        a.tenantId,
        key,
      ])) === 1,
  );
}

beforeAll(async () => {
  p = await startPlatform({}, [starter<CustomersServer>('customers', { options: { clock } })]);
  [a, b] = [await signUpCompany(p.gatewayUrl), await signUpCompany(p.gatewayUrl)];
  X = await createProperty(p.gatewayUrl, a.token, 'Shops Plaza');
  Y = await createProperty(p.gatewayUrl, a.token, 'Shops Annex');
  for (const [n, prop] of [
    ['101', X],
    ['102', X],
    ['103', X],
    ['201', Y],
  ] as const) {
    const d = await ok(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      { i: { propertyId: prop, building: 'M', number: n, areaSqm: 60, kind: 'SHOP' } },
      a.token,
    );
    units[n] = d.createUnit.id;
  }
  [frontDesk, finance, assistantY] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FINANCE'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['PROPERTY_ASSISTANT'], [Y]),
  ]);
  admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  // Units and properties come by different consumers: registering a customer needs the property.
  await until(
    'the properties and units',
    async () =>
      (await count('select count(*)::int as n from unit_projection where tenant_id = $1', [a.tenantId])) ===
        4 &&
      (await count('select count(*)::int as n from property_projection where id = any($1::uuid[])', [
        [X, Y],
      ])) === 2,
  );
  const [c1, c2, c3] = [
    await tenantOf(units['101'], 'Noodle House'),
    await tenantOf(units['102'], 'Shoe Corner'),
    await tenantOf(units['103'], 'Tea Stall'),
  ];
  fnb = (
    await ok(REGISTER, { i: { propertyId: X, unitId: units['101'], customerId: c1, foodAndBeverage: true } })
  ).registerShop.id;
  other = (
    await ok(REGISTER, { i: { propertyId: X, unitId: units['102'], customerId: c2, foodAndBeverage: false } })
  ).registerShop.id;
  unregistered = c3;
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await removeCompanies([a, b].filter(Boolean));
  await p?.stop();
}, 60_000);

describe('customers: shop inspections (R-CUS-15)', () => {
  it('R-CUS-15: registered shops are due at once and overdue the day after; an inspection clears the due until the next cycle, a month for F&B and a quarter for others', async () => {
    const first = await due();
    expect(Object.keys(first).sort()).toEqual([fnb, other].sort());
    expect(first[fnb]).toMatchObject({
      lastInspectedOn: null,
      nextDueOn: today(),
      due: true,
      overdue: false,
      cycleMonths: 1,
    });
    expect(first[other]).toMatchObject({ due: true, overdue: false, cycleMonths: 3 });
    expect([first[fnb].shop.customer.name, first[other].shop.customer.name]).toEqual([
      'Noodle House',
      'Shoe Corner',
    ]);
    const tomorrow = await due(addDays(today(), 1));
    expect([tomorrow[fnb].overdue, tomorrow[other].overdue]).toEqual([true, true]);

    for (const shopId of [fnb, other]) {
      const i = (await ok(INSPECT, { i: { shopId, inspectedOn: today(), passed: true } }))
        .recordShopInspection;
      expect(i).toMatchObject({ shopId, passed: true, rectificationDeadline: null, findings: null });
      expect(i.inspectedBy).toBeTruthy();
    }
    const after = await due();
    expect(after[fnb]).toMatchObject({
      lastInspectedOn: today(),
      nextDueOn: addMonths(today(), 1),
      due: false,
      overdue: false,
    });
    expect(after[other]).toMatchObject({ nextDueOn: addMonths(today(), 3), due: false });
    const nextMonth = await due(addMonths(today(), 1));
    expect([nextMonth[fnb].due, nextMonth[other].due]).toEqual([true, false]);
    const nextQuarter = await due(addDays(addMonths(today(), 3), 1));
    expect([nextQuarter[other].due, nextQuarter[other].overdue]).toEqual([true, true]);
    // A finance reader sees the list but does not inspect.
    expect(Object.keys(await due(undefined, finance.token))).toHaveLength(2);
    expect(
      codes(await call(INSPECT, { i: { shopId: fnb, inspectedOn: today(), passed: true } }, finance.token)),
    ).toEqual(['FORBIDDEN']);
  });

  it('R-CUS-15: a failed inspection opens a rectification due customers.rectificationDays later, overdue after its deadline until done', async () => {
    const failed = (
      await ok(INSPECT, {
        i: { shopId: other, inspectedOn: today(), passed: false, findings: ' Blocked shop front ' },
      })
    ).recordShopInspection;
    const deadline = addDays(today(), 7);
    expect(failed).toMatchObject({
      passed: false,
      findings: 'Blocked shop front',
      rectificationDeadline: deadline,
      rectifiedOn: null,
    });
    const onDeadline = (await due(deadline))[other];
    expect(onDeadline.openRectifications).toEqual([{ id: failed.id, rectificationDeadline: deadline }]);
    expect(onDeadline.rectificationOverdue).toBe(false);
    expect((await due(addDays(deadline, 1)))[other].rectificationOverdue).toBe(true);

    // An inspector's own deadline wins over the policy's.
    const own = (
      await ok(INSPECT, {
        i: {
          shopId: fnb,
          inspectedOn: today(),
          passed: false,
          findings: 'Grease trap full',
          rectificationDeadline: addDays(today(), 2),
        },
      })
    ).recordShopInspection;
    expect(own.rectificationDeadline).toBe(addDays(today(), 2));

    for (const i of [failed, own])
      expect(
        (await ok(RECTIFIED, { i: { inspectionId: i.id, rectifiedOn: today() } })).recordShopRectification
          .rectifiedOn,
      ).toBe(today());
    expect(codes(await call(RECTIFIED, { i: { inspectionId: failed.id, rectifiedOn: today() } }))).toEqual([
      'CONFLICT',
    ]);
    const done = await due(addDays(deadline, 1));
    expect([done[other].openRectifications, done[fnb].openRectifications]).toEqual([[], []]);
    expect(done[other].rectificationOverdue).toBe(false);
  });

  it('R-CUS-15: an F&B shop lists missing and expired contracts and duct cleaning not done; a non-F&B shop lists none', async () => {
    expect((await due())[fnb].problems.sort()).toEqual(
      [
        'DUCT_CLEANING_CONTRACT_MISSING',
        'DUCT_CLEANING_NOT_RECORDED',
        'PEST_CONTROL_CONTRACT_MISSING',
      ].sort(),
    );
    expect((await due())[other].problems).toEqual([]);
    await ok(CONTRACT, {
      i: {
        shopId: fnb,
        kind: 'DUCT_CLEANING',
        contractor: 'Clean Air Co',
        validFrom: addDays(today(), -30),
        validTo: addDays(today(), 365),
      },
    });
    const cleanedOn = addDays(today(), -10);
    await ok(CLEANED, { i: { shopId: fnb, cleanedOn, contractor: 'Clean Air Co' } });
    const noPest = (await due())[fnb];
    expect(noPest.problems).toEqual(['PEST_CONTROL_CONTRACT_MISSING']);
    expect(noPest.lastDuctCleanedOn).toBe(cleanedOn);
    expect((await due())[other].problems).toEqual([]);

    await ok(CONTRACT, {
      i: {
        shopId: fnb,
        kind: 'PEST_CONTROL',
        contractor: 'Pest Away',
        validFrom: today(),
        validTo: addDays(today(), 20),
      },
    });
    expect((await due())[fnb].problems).toEqual([]);
    expect((await due(addDays(today(), 21)))[fnb].problems).toEqual(['PEST_CONTROL_CONTRACT_EXPIRED']);
    // 90 days (the default interval) after the cleaning it is due again; a day later it is overdue.
    expect((await due(addDays(cleanedOn, 90)))[fnb].problems).not.toContain('DUCT_CLEANING_OVERDUE');
    expect((await due(addDays(cleanedOn, 91)))[fnb].problems).toContain('DUCT_CLEANING_OVERDUE');
  });

  it('R-CUS-15: the property’s policy sets the cycle and the rectification days', async () => {
    await setPolicy('customers.shopInspectionMonthsOther', 2);
    await setPolicy('customers.rectificationDays', 10);
    const row = (await due())[other];
    expect(row).toMatchObject({ cycleMonths: 2, nextDueOn: addMonths(row.lastInspectedOn!, 2) });
    expect((await due())[fnb].cycleMonths).toBe(1);
    const failed = (
      await ok(INSPECT, {
        i: { shopId: other, inspectedOn: today(), passed: false, findings: 'Signage loose' },
      })
    ).recordShopInspection;
    expect(failed.rectificationDeadline).toBe(addDays(today(), 10));
  });

  it('R-CUS-15: another company, or staff of another property, finds nothing and changes nothing', async () => {
    expect(codes(await call(DUE, { p: X }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await call(DUE, { p: X }, assistantY.token))).toEqual(['NOT_FOUND']);
    const before = await count('select count(*)::int as n from shop_inspections where tenant_id = $1', [
      a.tenantId,
    ]);
    expect(
      codes(await call(INSPECT, { i: { shopId: fnb, inspectedOn: today(), passed: true } }, b.token)),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await call(INSPECT, { i: { shopId: fnb, inspectedOn: today(), passed: true } }, assistantY.token),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await call(
          CONTRACT,
          { i: { shopId: fnb, kind: 'PEST_CONTROL', contractor: 'x', validFrom: today(), validTo: today() } },
          b.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await call(CLEANED, { i: { shopId: fnb, cleanedOn: today() } }, b.token))).toEqual([
      'NOT_FOUND',
    ]);
    const [open] = (await due())[other].openRectifications;
    expect(
      codes(await call(RECTIFIED, { i: { inspectionId: open.id, rectifiedOn: today() } }, b.token)),
    ).toEqual(['NOT_FOUND']);
    expect((await due())[other].openRectifications).toHaveLength(1);
    expect(
      await count('select count(*)::int as n from shop_inspections where tenant_id = $1', [a.tenantId]),
    ).toBe(before);
    const bProperty = await createProperty(p.gatewayUrl, b.token, 'Other Mall');
    await until(
      'b’s property',
      async () =>
        (await count('select count(*)::int as n from property_projection where id = $1', [bProperty])) === 1,
    );
    expect((await ok(DUE, { p: bProperty }, b.token)).shopInspectionsDue).toEqual([]);
  });

  it('R-CUS-15: bad input is refused with VALIDATION_FAILED and nothing is written', async () => {
    const rows = async () =>
      count(
        `select (select count(*) from shops where tenant_id = $1) + (select count(*) from shop_inspections where tenant_id = $1)
          + (select count(*) from shop_contracts where tenant_id = $1) + (select count(*) from duct_cleanings where tenant_id = $1) as n`,
        [a.tenantId],
      ).then(Number);
    const before = await rows();
    const tomorrow = addDays(today(), 1);
    const refused: [string, Record<string, unknown>][] = [
      [INSPECT, { shopId: fnb, inspectedOn: tomorrow, passed: true }],
      [INSPECT, { shopId: fnb, inspectedOn: today(), passed: false, findings: '  ' }],
      [INSPECT, { shopId: fnb, inspectedOn: today(), passed: true, rectificationDeadline: tomorrow }],
      [
        INSPECT,
        {
          shopId: fnb,
          inspectedOn: today(),
          passed: false,
          findings: 'x',
          rectificationDeadline: addDays(today(), -1),
        },
      ],
      [
        CONTRACT,
        {
          shopId: fnb,
          kind: 'PEST_CONTROL',
          contractor: 'Pest Away',
          validFrom: today(),
          validTo: addDays(today(), -1),
        },
      ],
      [
        CONTRACT,
        { shopId: fnb, kind: 'PEST_CONTROL', contractor: ' ', validFrom: today(), validTo: today() },
      ],
      [CLEANED, { shopId: fnb, cleanedOn: tomorrow }],
      // A unit of another property, and a customer who does not occupy the unit.
      [REGISTER, { propertyId: X, unitId: units['201'], customerId: unregistered, foodAndBeverage: false }],
      [REGISTER, { propertyId: X, unitId: units['101'], customerId: unregistered, foodAndBeverage: true }],
    ];
    for (const [query, i] of refused)
      expect([JSON.stringify(i), codes(await call(query, { i }))]).toEqual([
        JSON.stringify(i),
        ['VALIDATION_FAILED'],
      ]);
    const [open] = (await due())[other].openRectifications;
    expect(codes(await call(RECTIFIED, { i: { inspectionId: open.id, rectifiedOn: tomorrow } }))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(await rows()).toBe(before);
    expect((await due())[other].openRectifications).toHaveLength(1);
  });
});
