import { tenantTableProtection } from '@pm/testing';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { ADMIN_URL, APP_URL } from './helpers';

/** Every table of pm_billing with a tenant_id is protected by forced RLS on app_current_tenant(). */
describe('pm_billing row-level security (catalog and a raw pm_app probe)', () => {
  let admin: Client;
  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
  });

  it('every table with a tenant_id column has RLS forced and a tenant_isolation policy', async () => {
    const { tables, unprotected } = await tenantTableProtection(admin);
    expect(tables).toEqual(
      expect.arrayContaining([
        'bills',
        'bill_lines',
        'payments',
        'payment_allocations',
        'billing_runs',
        'meter_readings',
        'repair_charges',
        'dunning_rounds',
        'fee_changes',
        'deposits',
        'outbox',
        'inbox',
        'policy_projection',
        'units_projection',
      ]),
    );
    expect(unprotected).toEqual([]);
  });

  it('pm_app with another tenant set sees none of a tenant’s bills, and cannot insert for it', async () => {
    const A = randomUUID();
    const B = randomUUID();
    const id = randomUUID();
    await admin.query(
      `insert into bills (id, tenant_id, property_id, unit_id, period, issued_on, due_date, collection_opens_on, status, total_fen, late_fee_rate, rounding, time_zone)
       values ($1, $2, $3, $4, '2026-11', '2026-11-27', '2026-12-15', '2026-12-01', 'ISSUED', 100, '0.0005', 'HALF_UP', 'UTC')`,
      [id, A, randomUUID(), randomUUID()],
    );
    const app = new Client({ connectionString: APP_URL });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [B]);
      expect((await app.query('select * from bills where id = $1', [id])).rowCount).toBe(0);
      expect((await app.query('update bills set paid_fen = 100 where id = $1', [id])).rowCount).toBe(0);
      await expect(
        app.query(
          `insert into bills (id, tenant_id, property_id, unit_id, period, issued_on, due_date, collection_opens_on, status, total_fen, late_fee_rate, rounding, time_zone)
           values ($1, $2, $3, $4, '2026-11', '2026-11-27', '2026-12-15', '2026-12-01', 'ISSUED', 100, '0.0005', 'HALF_UP', 'UTC')`,
          [randomUUID(), A, randomUUID(), randomUUID()],
        ),
      ).rejects.toThrow(/row-level security/);
      await app.query('rollback');
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [A]);
      expect((await app.query('select * from bills where id = $1', [id])).rowCount).toBe(1);
      await app.query('rollback');
    } finally {
      await app.end();
      await admin.query('delete from bills where id = $1', [id]);
    }
  });
});
