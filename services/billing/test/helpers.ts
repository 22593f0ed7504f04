import { testClock, testDatabaseUrl } from '@pm/testing';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { Events, EventEnvelope } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { EventHandler } from '@pm/events';
import { createLogger } from '@pm/observability';
import { TenantContext, runWithTenant, systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import {
  occupancyStartedHandler,
  propertyCreatedHandler,
  unitCreatedHandler,
} from '../src/consumers/projection.consumer';

export const APP_URL = testDatabaseUrl('billing', 'app');
export const ADMIN_URL = testDatabaseUrl('billing');
export const log = createLogger('billing-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');

export async function connectDb() {
  const db = await Database.connect({ clientUrl: APP_URL, entities, poolMax: 4 });
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  return { db, admin };
}

/** Applies an event like EventConsumer does: inbox row and effect in one transaction. */
export async function deliver<P>(
  db: Database,
  tenantId: string,
  handler: EventHandler<any>,
  payload: P,
  eventId = uuidv7(),
): Promise<boolean> {
  const ctx = systemContext(tenantId);
  const env = {
    id: eventId,
    type: handler.contract.type,
    version: handler.contract.version,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { kind: 'system' },
    payload,
  } as EventEnvelope<P>;
  return runWithTenant(ctx, () =>
    db.tx(async (em) => {
      const rows = await em.execute(
        'insert into inbox (consumer, event_id, tenant_id) values (?, ?, ?) on conflict do nothing returning event_id',
        [handler.name, eventId, tenantId],
      );
      if (!rows.length) return false;
      await handler.handle(em, payload as never, env as never);
      return true;
    }, ctx),
  );
}

/** A tenant with one property of `units` units (projections fed through the real handlers). */
export async function seedProperty(db: Database, units: number, tenantId = randomUUID()) {
  const propertyId = uuidv7();
  await deliver(db, tenantId, propertyCreatedHandler(testClock), {
    propertyId,
    name: 'Test Garden',
    kind: 'RESIDENTIAL',
    timeZone: 'Asia/Shanghai',
  });
  const unitIds: string[] = [];
  for (let i = 0; i < units; i++) {
    const unitId = uuidv7();
    unitIds.push(unitId);
    await deliver(db, tenantId, unitCreatedHandler, {
      unitId,
      propertyId,
      building: 'A',
      number: String(100 + i),
      areaSqm: 80 + i + 0.55,
      kind: 'APARTMENT',
    });
  }
  return { tenantId, propertyId, unitIds, ctx: systemContext(tenantId) as TenantContext };
}

export async function moveIn(
  db: Database,
  tenantId: string,
  propertyId: string,
  unitId: string,
  customerId = uuidv7(),
  meterReadings?: unknown,
) {
  await deliver(db, tenantId, occupancyStartedHandler, {
    occupancyId: uuidv7(),
    customerId,
    unitId,
    propertyId,
    kind: 'OWNER',
    startDate: '2026-01-01',
    meterReadings,
  });
  return customerId;
}

export async function cleanupTenants(admin: Client, tenants: string[]) {
  const tables = [
    'bill_lines',
    'payment_allocations',
    'dunning_rounds',
    'bill_disputes',
    'bill_deferrals',
    'repair_charges',
    'fee_charges',
    'payments',
    'bills',
    'billing_runs',
    'meter_readings',
    'occupancy_projection',
    'fee_agreements',
    'units_projection',
    'fee_schedules',
    'fee_changes',
    'clearance_decisions',
    'deposits',
    'audit_log',
    'receipt_counters',
    'policy_projection',
    'property_projection',
    'scheduled_jobs',
    'inbox',
  ];
  for (const t of tables) await admin.query(`delete from ${t} where tenant_id = any($1::uuid[])`, [tenants]);
  // Test bill.issued rows are never meant for the stream: drop those still unpublished.
  await admin.query(`delete from outbox where tenant_id = any($1::uuid[])`, [tenants]);
}

export { Events };
