import { isCalendarDate } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { one, q, tenantId } from '@pm/db';
import { isUuid } from '@pm/contracts';
import { PiiCipher, normalise } from '../common/pii';
import { findProperty } from '../projection/projection';
import { parseCsv } from './csv';
import { customerProblems } from './customer.rules';
import { CustomerService } from './customer.service';
import { CustomerKind } from './customer.types';

@ObjectType()
export class ImportRejection {
  @Field(() => Int, { description: 'Line in the file (1 = header).' })
  line!: number;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType({
  description:
    'A CSV import: all rows or none (one transaction); re-uploading the same file changes nothing.',
})
export class CustomerImport {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'RUNNING, DONE or REJECTED.' })
  status!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  processed!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int, {
    description: 'Rows already present (natural key: property + ID number or phone + unit).',
  })
  unchanged!: number;

  @Field(() => [ImportRejection])
  rejected!: ImportRejection[];
}

const toImport = (r: any): CustomerImport =>
  Object.assign(new CustomerImport(), {
    id: r.id,
    status: r.status,
    total: r.total,
    processed: r.processed,
    created: r.created,
    unchanged: r.unchanged,
    rejected: r.rejected,
  });

/** Columns: name, phone, kind, idNumber, birthday, building, unitNumber, moveInDate (header names, any order). */
export const IMPORT_COLUMNS = [
  'name',
  'phone',
  'kind',
  'idNumber',
  'birthday',
  'building',
  'unitNumber',
  'moveInDate',
];
const PROGRESS_EVERY = 100;

export class ImportService {
  constructor(
    private db: Database,
    private customers: CustomerService,
    private cipher: PiiCipher,
  ) {}

  async get(principal: Principal, id: string): Promise<CustomerImport | null> {
    if (!isUuid(id)) return null;
    return this.db.tx(async (em) => {
      const r = await one(em, 'select * from customer_imports where id = ?', [id]);
      if (!r || (principal.propertyScope !== 'ALL' && !principal.propertyScope.includes(r.property_id)))
        return null;
      return toImport(r);
    });
  }

  async run(principal: Principal, propertyId: string, csv: string): Promise<CustomerImport> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    let rows: string[][];
    try {
      rows = parseCsv(csv);
    } catch (e) {
      throw validationFailed('the file is not CSV', [{ field: 'csv', message: (e as Error).message }]);
    }
    const header = (rows.shift() ?? []).map((h) => h.trim());
    const missing = ['name', 'phone', 'kind'].filter((c) => !header.includes(c));
    if (missing.length)
      throw validationFailed(
        'the header is incomplete',
        missing.map((m) => ({ field: 'csv', message: `column ${m} is missing` })),
      );
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
    const id = uuidv7();
    await this.db.tx(async (em) => {
      if (!(await findProperty(em, propertyId))) throw notFound('property');
      await q(
        em,
        `insert into customer_imports (id, tenant_id, property_id, status, total, created_by) values (?, ?, ?, 'RUNNING', ?, ?)`,
        [id, tenantId(), propertyId, records.length, principal.actor.id ?? null],
      );
    });
    const progress = (n: number) =>
      this.db
        .tx((em) => q(em, 'update customer_imports set processed = ? where id = ?', [n, id]))
        .catch(() => undefined);
    let outcome: { created: number; unchanged: number; rejected: ImportRejection[] };
    try {
      outcome = await this.db.tx(async (em) => {
        const units = new Map<string, string>(
          (
            await q(em, 'select id, building, number from unit_projection where property_id = ?', [
              propertyId,
            ])
          ).map((u) => [`${u.building}\u0000${u.number}`, u.id]),
        );
        const rejected: ImportRejection[] = [];
        const plan: { rec: Record<string, string>; unitId: string | null }[] = [];
        records.forEach((rec, i) => {
          const reasons = customerProblems({
            ...rec,
            kind: rec.kind?.toUpperCase(),
            idNumber: rec.idNumber || null,
            birthday: rec.birthday || null,
          } as never).map((p) => `${p.field} ${p.message}`);
          let unitId: string | null = null;
          if (rec.building || rec.unitNumber) {
            unitId = units.get(`${rec.building}\u0000${rec.unitNumber}`) ?? null;
            if (!unitId)
              reasons.push(`unit ${rec.building}-${rec.unitNumber} is not a unit of this property`);
            if (!isCalendarDate(rec.moveInDate ?? ''))
              reasons.push('moveInDate must be YYYY-MM-DD when a unit is given');
          }
          if (reasons.length) rejected.push({ line: i + 2, reasons });
          else plan.push({ rec, unitId });
        });
        // All or nothing: one bad row and not a single row is written.
        if (rejected.length) return { created: 0, unchanged: 0, rejected };
        let created = 0;
        let unchanged = 0;
        for (const [n, { rec, unitId }] of plan.entries()) {
          if (await this.upsertRow(em, propertyId, rec, unitId)) created++;
          else unchanged++;
          if ((n + 1) % PROGRESS_EVERY === 0) await progress(n + 1);
        }
        return { created, unchanged, rejected };
      });
    } catch (e) {
      await this.db.tx((em) =>
        q(
          em,
          `update customer_imports set status = 'REJECTED', rejected = ?, finished_at = now() where id = ?`,
          [JSON.stringify([{ line: 0, reasons: [(e as Error).message] }]), id],
        ),
      );
      throw e;
    }
    return this.db.tx(async (em) => {
      const [r] = await q(
        em,
        `update customer_imports set status = ?, processed = ?, created = ?, unchanged = ?, rejected = ?, finished_at = now() where id = ? returning *`,
        [
          outcome.rejected.length ? 'REJECTED' : 'DONE',
          outcome.rejected.length ? 0 : records.length,
          outcome.created,
          outcome.unchanged,
          JSON.stringify(outcome.rejected),
          id,
        ],
      );
      return toImport(r);
    });
  }

  /** Idempotent on the natural key property + (ID number hash or phone hash) + unit; true when something was written. */
  private async upsertRow(
    em: EntityManager,
    propertyId: string,
    rec: Record<string, string>,
    unitId: string | null,
  ): Promise<boolean> {
    const idNumber = rec.idNumber ? normalise(rec.idNumber) : null;
    const existing = idNumber
      ? await one(em, 'select id, kind from customers where property_id = ? and id_number_hash = ?', [
          propertyId,
          this.cipher.hash(idNumber),
        ])
      : await one(
          em,
          'select id, kind from customers where property_id = ? and phone_hash = ? and id_number_hash is null order by id limit 1',
          [propertyId, this.cipher.hash(rec.phone)],
        );
    let wrote = false;
    const kind = rec.kind.toUpperCase() as CustomerKind;
    const customerId =
      existing?.id ??
      ((wrote = true),
      await this.customers.insert(em, {
        propertyId,
        name: rec.name,
        phone: rec.phone,
        kind,
        idNumber: idNumber,
        birthday: rec.birthday || null,
      }));
    if (unitId) {
      const occ = await one(em, 'select id from occupancies where customer_id = ? and unit_id = ?', [
        customerId,
        unitId,
      ]);
      if (!occ) {
        await q(
          em,
          `insert into occupancies (id, tenant_id, customer_id, unit_id, property_id, kind, start_date, checklist) values (?, ?, ?, ?, ?, ?, ?, '[]')`,
          [uuidv7(), tenantId(), customerId, unitId, propertyId, existing?.kind ?? kind, rec.moveInDate],
        );
        wrote = true;
      }
    }
    return wrote;
  }
}
