import { PassThrough } from 'stream';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { RegisterRow, readSheet, writeRegister } from '@pm/spreadsheets';
import { testDatabaseUrl } from '@pm/testing';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import { templateFor } from '../src/check/appraisal.context';
import { Check } from '../src/check/check.entity';
import { PropertyProjection } from '../src/property/property-projection.entity';
import { CheckKind, SheetKind } from '../src/scoring/codes';
import { StaffMember } from '../src/staff/staff-member.entity';
import { APPRAISAL_REGISTER_COLUMNS, appraisalRegisterRows } from '../src/register/register.rows';

/** Issue 14: the appraisal-results register, against the appraisal test database. */
let db: Database;
let admin: Client;
const tenant = randomUUID();
const P = uuidv7();
const Q = uuidv7();
let subtotal = 0;

const principal = (tenantId: string, scope: string[] | 'ALL' = 'ALL') =>
  ({
    ...systemContext(tenantId),
    roles: ['HQ'],
    propertyScope: scope,
    actor: { kind: 'user', id: randomUUID() },
    realm: 'x',
    cell: 'x',
  }) as unknown as Principal;
const drain = async (rows: AsyncIterable<RegisterRow>) => {
  const all: RegisterRow[] = [];
  for await (const r of rows) all.push(r);
  return all;
};

beforeAll(async () => {
  db = await Database.connect({ clientUrl: testDatabaseUrl('appraisal', 'app'), entities, poolMax: 2 });
  admin = new Client({ connectionString: testDatabaseUrl('appraisal') });
  await admin.connect();
  const ctx = systemContext(tenant);
  await runWithTenant(ctx, () =>
    db.tx(async (em) => {
      for (const id of [P, Q])
        em.create(PropertyProjection, { id, name: id, timeZone: 'Asia/Shanghai' } as any);
      const staff = (name: string, propertyIds: string[]) =>
        em.create(StaffMember, {
          userId: randomUUID(),
          name,
          roles: ['CUSTOMER_SERVICE'],
          propertyIds,
          joinedOn: '2026-01-01',
        });
      const wang = staff('王芳', [P]);
      const boss = staff('主管', [P]);
      const elsewhere = staff('外人', [Q]);
      const template = await templateFor(em, SheetKind.STAFF, '2026-11-01');
      subtotal = template.items.reduce((s, i) => s + i.max, 0);
      const check = (staffId: string, date: string, commendationPoints: number | null) =>
        em.create(Check, {
          staffId,
          checkerStaffId: boss.id,
          checkerUserId: randomUUID(),
          kind: CheckKind.MONTHLY,
          date,
          sheet: SheetKind.STAFF,
          template,
          commendationPoints,
          totalAtRecord: 0,
        } as any);
      check(wang.id, '2026-11-10', 2);
      check(wang.id, '2026-10-10', null);
      check(elsewhere.id, '2026-11-10', null);
    }, ctx),
  );
}, 60_000);

afterAll(async () => {
  for (const t of ['checks', 'staff_members', 'properties'])
    await admin.query(`delete from ${t} where tenant_id = $1`, [tenant]);
  await admin.end();
  await db.close();
});

describe('appraisal-results register (issue 14)', () => {
  it('checks of the property staff in the range with their scores; Chinese headers', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeRegister({
      columns: APPRAISAL_REGISTER_COLUMNS,
      rows: appraisalRegisterRows(db, principal(tenant), P, { from: '2026-11-01', to: '2026-11-30' }),
      out,
      sheetName: '考评结果',
    });
    const sheet = await readSheet(Buffer.concat(chunks));
    expect(sheet.header).toEqual([
      '考评日期',
      '被考评人',
      '检查类型',
      '考评表',
      '考评人',
      '扣分项数',
      '小计',
      '加分',
      '总分',
    ]);
    expect(sheet.rows.map((r) => r.cells.slice(0, 6))).toEqual([
      ['2026-11-10', '王芳', '月检', '员工考评表', '主管', '0'],
    ]);
    expect(Number(sheet.rows[0].cells[6])).toBe(subtotal);
    expect(Number(sheet.rows[0].cells[7])).toBe(2);
    expect(await drain(appraisalRegisterRows(db, principal(tenant), P))).toHaveLength(2);
  });

  it('another tenant or another site finds no property', async () => {
    await expect(drain(appraisalRegisterRows(db, principal(randomUUID()), P))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(drain(appraisalRegisterRows(db, principal(tenant, [Q]), P))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
