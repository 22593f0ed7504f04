import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { EventEnvelope, Events, Infer } from '@pm/contracts';
import { Database } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { testDatabaseUrl } from '@pm/testing';
import { HandledEvent, projectionHandler } from '../src';
import { entities } from '../../../services/tickets/src/mikro-orm.config';
import {
  PropertyProjection,
  UnitProjection,
} from '../../../services/tickets/src/projection/projection.entities';

/**
 * A projection's `handleMany` (one statement for a group of events) leaves exactly the rows that
 * `handle` on each event in turn leaves: the first write of a key stands, a later event's merge
 * fields overwrite it, rows already there are kept or merged the same way, and every row is
 * stamped with the context's tenant (RLS refuses anything else). Real PostgreSQL, tickets'
 * projection tables.
 */
const ADMIN_URL = testDatabaseUrl('tickets');
const APP_URL = testDatabaseUrl('tickets', 'app');

type PropertyCreated = Infer<(typeof Events.propertyCreated)['shape']>;
type UnitCreated = Infer<(typeof Events.unitCreated)['shape']>;

const properties = projectionHandler({
  name: 'test.property-projection',
  contract: Events.propertyCreated,
  entity: PropertyProjection,
  row: (p) => ({ id: p.propertyId, name: p.name, timeZone: p.timeZone }),
  merge: ['name', 'timeZone'],
});
const units = projectionHandler({
  name: 'test.unit-projection',
  contract: Events.unitCreated,
  entity: UnitProjection,
  row: (p) => ({ id: p.unitId, propertyId: p.propertyId, building: p.building, number: p.number }),
});

function event<P>(tenantId: string, payload: P): HandledEvent<never> {
  const envelope = {
    id: randomUUID(),
    type: 'test',
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { kind: 'system' },
    payload,
  } as unknown as EventEnvelope<never>;
  return { payload: payload as never, envelope };
}

describe('projectionHandler.handleMany: one statement, the same rows as one upsert after another', () => {
  let admin: Client;
  let db: Database;
  const tenantId = randomUUID();
  const tenant = { tenantId, actor: { kind: 'system' as const }, roles: [], propertyScope: 'ALL' as const };

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    db = await Database.connect({ clientUrl: APP_URL, entities });
  });

  afterAll(async () => {
    await admin?.query('delete from tkt_units where tenant_id = $1', [tenantId]);
    await admin?.query('delete from tkt_properties where tenant_id = $1', [tenantId]);
    await db?.close();
    await admin?.end();
  });

  const apply = (handler: typeof properties | typeof units, events: HandledEvent<never>[], many: boolean) =>
    runWithTenant(tenant, () =>
      db.tx(async (em) => {
        if (many) await handler.handleMany!(em, events as never);
        else for (const e of events) await handler.handle(em, e.payload as never, e.envelope as never);
      }, tenant),
    );

  const rows = async (table: string, ids: string[]) =>
    (
      await admin.query(`select * from ${table} where tenant_id = $1 and id = any($2::uuid[]) order by id`, [
        tenantId,
        ids,
      ])
    ).rows.map(({ created_at: _c, ...r }) => r);

  it('merges like handle: the latest merge fields win, an existing row is updated', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const p = (propertyId: string, name: string, timeZone = 'Asia/Shanghai'): PropertyCreated =>
      ({ propertyId, name, kind: 'RESIDENTIAL', timeZone }) as PropertyCreated;
    // c exists before the group arrives.
    await apply(properties, [event(tenantId, p(c, 'C0'))], false);
    const group = [
      event(tenantId, p(a, 'A1')),
      event(tenantId, p(b, 'B1')),
      event(tenantId, p(a, 'A2', 'Asia/Urumqi')),
      event(tenantId, p(c, 'C1')),
    ];
    await apply(properties, group, true);
    const many = await rows('tkt_properties', [a, b, c]);
    expect(many.map((r) => [r.id, r.name, r.time_zone])).toEqual(
      [
        [a, 'A2', 'Asia/Urumqi'],
        [b, 'B1', 'Asia/Shanghai'],
        [c, 'C1', 'Asia/Shanghai'],
      ].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
    );

    // The same events one by one on fresh ids give the same names.
    const [a2, b2, c2] = [randomUUID(), randomUUID(), randomUUID()];
    const swap = (id: string) => (id === a ? a2 : id === b ? b2 : c2);
    await apply(properties, [event(tenantId, p(c2, 'C0'))], false);
    await apply(
      properties,
      group.map((e) =>
        event(tenantId, {
          ...(e.payload as PropertyCreated),
          propertyId: swap((e.payload as PropertyCreated).propertyId),
        }),
      ),
      false,
    );
    const single = await rows('tkt_properties', [a2, b2, c2]);
    const byName = (xs: Record<string, unknown>[]) => xs.map((r) => `${r.name}/${r.time_zone}`).sort();
    expect(byName(single)).toEqual(byName(many));
  });

  it('keeps the first write of a unit and leaves an existing unit alone, in one statement', async () => {
    const [u, v, w, property] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const unit = (unitId: string, number: string): UnitCreated =>
      ({
        unitId,
        propertyId: property,
        building: '1',
        number,
        areaSqm: 80,
        kind: 'RESIDENTIAL',
      }) as UnitCreated;
    await apply(units, [event(tenantId, unit(w, 'W0'))], false);
    const statements: string[] = [];
    const log = (q: { sql?: string }) => q.sql && statements.push(q.sql);
    const knex = db.orm.em.getConnection().getKnex();
    knex.on('query', log);
    try {
      await apply(
        units,
        [
          event(tenantId, unit(u, 'U1')),
          event(tenantId, unit(v, 'V1')),
          event(tenantId, unit(u, 'U2')),
          event(tenantId, unit(w, 'W1')),
        ],
        true,
      );
    } finally {
      knex.off('query', log);
    }
    expect((await rows('tkt_units', [u, v, w])).map((r) => [r.id, r.number]).sort()).toEqual(
      [
        [u, 'U1'],
        [v, 'V1'],
        [w, 'W0'],
      ].sort(),
    );
    expect(statements.filter((s) => /tkt_units/.test(s))).toHaveLength(1);
  });

  it('stamps the tenant of the context on every row', async () => {
    const id = randomUUID();
    const other = randomUUID();
    await apply(
      units,
      [
        event(other, { unitId: id, propertyId: randomUUID(), building: '', number: 'X' }),
        event(other, { unitId: randomUUID(), propertyId: randomUUID(), building: '', number: 'Y' }),
      ],
      true,
    );
    const r = await admin.query('select tenant_id from tkt_units where id = $1', [id]);
    expect(r.rows).toEqual([{ tenant_id: tenantId }]);
  });
});
