import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { CrossTenantWriteError, Database, uuidv7 } from '@pm/db';
import { MissingTenantContextError, TenantContext, systemContext } from '@pm/tenant-context';
import { AuditEntry } from '../src/audit/audit.entity';
import { Bill } from '../src/bill/bill.entity';
import { entities } from '../src/mikro-orm.config';
import { ADMIN_URL } from './helpers';

/**
 * Billing's reads and writes go through the entity manager, so isolation does not rest on
 * row-level security alone: over the owner's connection (which RLS does not restrict) the
 * tenant filter, the site filter and TenantStamp still hold.
 */
describe('billing entities: tenant filter, site filter and TenantStamp without RLS', () => {
  let owner: Database;
  let admin: Client;
  const A = randomUUID();
  const B = randomUUID();
  const [siteA1, siteA2, siteB] = [uuidv7(), uuidv7(), uuidv7()];
  const bills: Record<string, string> = {};

  beforeAll(async () => {
    owner = await Database.connect({ clientUrl: ADMIN_URL, entities, poolMax: 2 });
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    for (const [name, tenant, site] of [
      ['a1', A, siteA1],
      ['a2', A, siteA2],
      ['b', B, siteB],
    ] as const) {
      bills[name] = uuidv7();
      await admin.query(
        `insert into bills (id, tenant_id, property_id, unit_id, period, issued_on, due_date, collection_opens_on, status, total_fen, late_fee_rate, rounding, time_zone)
         values ($1, $2, $3, $4, '2026-11', '2026-11-27', '2026-12-15', '2026-12-01', 'ISSUED', 100, '0.0005', 'HALF_UP', 'UTC')`,
        [bills[name], tenant, site, uuidv7()],
      );
    }
  });

  afterAll(async () => {
    await admin.query('delete from bills where tenant_id = any($1::uuid[])', [[A, B]]);
    await admin.end();
    await owner.close();
  });

  const ids = (rows: Bill[]) => rows.map((b) => b.id).sort();

  it('a tenant reads only its own bills, though the connection could see every row', async () => {
    const seen = await owner.tx((em) => em.find(Bill, { period: '2026-11' }), systemContext(A));
    expect(ids(seen)).toEqual([bills.a1, bills.a2].sort());
    expect(await owner.tx((em) => em.findOne(Bill, bills.b), systemContext(A))).toBeNull();
  });

  it('site staff read only the bills of their properties', async () => {
    const staff: TenantContext = { ...systemContext(A), propertyScope: [siteA1] };
    expect(ids(await owner.tx((em) => em.find(Bill, {}), staff))).toEqual([bills.a1]);
    expect(await owner.tx((em) => em.count(Bill, { propertyId: siteA2 }), staff)).toBe(0);
  });

  it('TenantStamp refuses to write a row for another tenant and writes nothing', async () => {
    await expect(
      owner.tx(async (em) => {
        em.create(AuditEntry, { tenantId: B, entity: 'bill', entityId: bills.b, action: 'PROBE' });
      }, systemContext(A)),
    ).rejects.toThrow(CrossTenantWriteError);
    const { rows } = await admin.query(`select count(*)::int as n from audit_log where entity_id = $1`, [
      bills.b,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('a read with no tenant context fails instead of seeing every tenant', async () => {
    await expect(owner.orm.em.fork().find(Bill, {})).rejects.toThrow(MissingTenantContextError);
  });
});
