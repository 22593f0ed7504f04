import { PassThrough } from 'stream';
import { randomUUID } from 'crypto';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { ColumnSpec, RegisterRow, readSheet, writeRegister } from '@pm/spreadsheets';
import { testDatabaseUrl } from '@pm/testing';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import { PropertyProjection, StaffProjection } from '../src/projection/projection.entities';
import { Ticket } from '../src/ticket/ticket.entity';
import { RepairPriority, TicketKind, TicketStatus, VisitMethod } from '../src/ticket/ticket.enums';
import { Visit, VisitTask } from '../src/visit/visit.entity';
import {
  TICKET_REGISTER_COLUMNS,
  VISIT_REGISTER_COLUMNS,
  ticketRegisterRows,
  visitRegisterRows,
} from '../src/register/register.rows';

/** Issue 14: the tickets and visits registers, against the tickets test database. */
let db: Database;
let admin: Client;
const tenant = randomUUID();
const other = randomUUID();
const P = uuidv7();
const Q = uuidv7();

const principal = (tenantId: string, scope: string[] | 'ALL' = 'ALL'): Principal =>
  ({
    ...systemContext(tenantId),
    roles: ['HQ'],
    propertyScope: scope,
    actor: { kind: 'user', id: randomUUID() },
    realm: 'x',
    cell: 'x',
  }) as unknown as Principal;

async function sheetOf(columns: ColumnSpec[], rows: AsyncIterable<RegisterRow>) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRegister({ columns, rows, out, sheetName: 'r' });
  const bytes = Buffer.concat(chunks);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  return { sheet: await readSheet(bytes), ws: wb.worksheets[0] };
}
const drain = async (rows: AsyncIterable<RegisterRow>) => {
  const all: RegisterRow[] = [];
  for await (const r of rows) all.push(r);
  return all;
};

beforeAll(async () => {
  db = await Database.connect({ clientUrl: testDatabaseUrl('tickets', 'app'), entities, poolMax: 2 });
  admin = new Client({ connectionString: testDatabaseUrl('tickets') });
  await admin.connect();
  const ctx = systemContext(tenant);
  await runWithTenant(ctx, () =>
    db.tx(async (em) => {
      em.create(PropertyProjection, { id: P, name: 'P', timeZone: 'Asia/Shanghai' } as any);
      em.create(PropertyProjection, { id: Q, name: 'Q', timeZone: 'Asia/Shanghai' } as any);
      const tech = em.create(StaffProjection, {
        userId: randomUUID(),
        name: '李师傅',
        roles: ['TECHNICIAN'],
        propertyIds: [P],
      });
      // 1,500 tickets: more than one page of the keyset pager (1,000).
      for (let i = 0; i < 1500; i++)
        em.create(Ticket, {
          kind: TicketKind.REPAIR,
          status: i === 0 ? TicketStatus.COMPLETED : TicketStatus.OPEN,
          propertyId: i < 1499 ? P : Q,
          description: `漏水 ${i}`,
          priority: RepairPriority.URGENT,
          calledAt: new Date(Date.UTC(2026, 10, 1, 1, 0) + i * 60_000),
          assigneeId: i === 0 ? tech.id : undefined,
          chargesFen: i === 0 ? 12_050 : 0,
        } as any);
      await em.flush();
      const first = await em.findOneOrFail(Ticket, { description: '漏水 0' });
      const task = em.create(VisitTask, {
        ticketId: first.id,
        propertyId: P,
        dueAt: new Date('2026-11-03T01:00:00Z'),
        responsibleRole: 'PROPERTY_ASSISTANT',
        severity: 'GENERAL',
        sampleHash: 1,
        sampleRule: 'ALL',
        sequenceNo: 1,
        ticketKind: 'REPAIR',
        selected: true,
        status: 'DONE',
      } as any);
      em.create(Visit, {
        taskId: task.id,
        ticketId: first.id,
        propertyId: P,
        method: VisitMethod.PHONE,
        satisfaction: 5,
        customerSigned: true,
        note: '满意',
        staffId: tech.id,
        recordedAt: new Date('2026-11-02T16:30:00Z'),
      } as any);
    }, ctx),
  );
}, 60_000);

afterAll(async () => {
  for (const t of ['visits', 'visit_tasks', 'tickets', 'tkt_staff', 'tkt_properties'])
    await admin.query(`delete from ${t} where tenant_id = $1`, [tenant]);
  await admin.end();
  await db.close();
});

describe('tickets registers (issue 14)', () => {
  it('tickets: every ticket of the property over several pages, ¥ charges, property wall-clock', async () => {
    const p = principal(tenant);
    const rows = await drain(ticketRegisterRows(db, p, P));
    expect(rows.length).toBe(1499);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1499);
    const { sheet, ws } = await sheetOf(
      TICKET_REGISTER_COLUMNS,
      ticketRegisterRows(db, p, P, { from: '2026-11-01', to: '2026-11-01' }),
    );
    expect(sheet.header.slice(0, 3)).toEqual(['工单编号', '类型', '状态']);
    const first = sheet.rows.find((r) => r.cells[5] === '漏水 0')!;
    expect(first.cells.slice(1, 4)).toEqual(['报修', '已完成', '紧急']);
    expect(first.cells[6]).toBe('李师傅');
    expect(ws.getCell(`L${first.row}`).value).toBe(120.5);
    expect(ws.getCell(`L${first.row}`).numFmt).toBe('"¥"#,##0.00');
    // 01:00 UTC is 09:00 in Shanghai.
    expect(ws.getCell(`H${first.row}`).value).toEqual(new Date(Date.UTC(2026, 10, 1, 9, 0)));
    // Tickets called from 2026-11-01 09:00 one a minute: 900 fall on 1 November (Shanghai).
    expect(sheet.rows.length).toBe(900);
  });

  it('visits: the visit of the property, the day in the property zone', async () => {
    const p = principal(tenant);
    // 16:30 UTC on 2 November is 00:30 on 3 November in Shanghai.
    expect(await drain(visitRegisterRows(db, p, P, { to: '2026-11-02' }))).toEqual([]);
    const { sheet } = await sheetOf(
      VISIT_REGISTER_COLUMNS,
      visitRegisterRows(db, p, P, { from: '2026-11-03', to: '2026-11-03' }),
    );
    expect(sheet.rows.map((r) => r.cells.slice(1))).toEqual([
      ['电话', '5', '是', '满意', '', '李师傅', '2026-11-03 00:30'],
    ]);
  });

  it('another tenant, or a site role of another property, finds no property', async () => {
    await expect(drain(ticketRegisterRows(db, principal(other), P))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(drain(visitRegisterRows(db, principal(tenant, [Q]), P))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await drain(ticketRegisterRows(db, principal(tenant, [Q]), Q))).length).toBe(1);
  });
});
