import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database, insertNew, newEntities } from '@pm/db';
import { publishManyInTx } from '@pm/events';
import {
  ImportFileInput,
  ReportLanguage,
  assertPropertyVisible,
  importRefused,
  isSheetError,
  notFound,
  validationFailed,
} from '@pm/graphql';
import {
  ImportProblem,
  Sheet,
  decodeBase64File,
  mapHeader,
  problemMessage,
  readSheet,
  sheetOfText,
} from '@pm/spreadsheets';
import { PiiCipher, normalise } from '../common/pii';

import { Customer } from '../customer/customer.entity';
import { CareCalendar, CustomerService, registered } from '../customer/customer.service';
import { CustomerKind } from '../customer/customer.types';
import { Occupancy } from '../occupancy/occupancy.entity';
import { UnitProjection } from '../property/property.entity';
import { findProperty } from '../property/property.service';
import { CustomerImport } from './import.entity';
import { plainRows } from './import.queries';
import {
  CUSTOMER_COLUMNS,
  PlannedRow,
  legacyRejections,
  ownerConflicts,
  planImport,
  recordsOf,
  unitKey,
} from './import.rules';
import { Clock } from '@pm/time';

/** Rows written per step (one multi-row INSERT per table); progress is reported after each. */
const CHUNK = 1000;
/** Values per `in (…)` look-up. */
const LOOKUP = 1000;

/** An upload, or the CSV text older clients send. */
export interface ImportSource {
  file?: ImportFileInput | null;
  csv?: string | null;
}

interface Known {
  id: string;
  kind: CustomerKind;
}

const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

export class ImportService {
  constructor(
    private db: Database,
    private customers: CustomerService,
    private cipher: PiiCipher,
    private clock: Clock,
  ) {}

  async get(principal: Principal, id: string): Promise<CustomerImport | null> {
    if (!isUuid(id)) return null;
    return this.db.tx((em) => em.findOne(CustomerImport, id), principal);
  }

  /**
   * An import from an uploaded file (.xlsx or CSV in UTF-8/GBK) or, for older clients, a CSV
   * string. The file is refused as a whole (VALIDATION_FAILED, nothing recorded) when it is too
   * large — checked before it is decoded — unreadable or its header lacks a required column.
   */
  async run(
    principal: Principal,
    propertyId: string,
    source: ImportSource,
    language?: ReportLanguage | null,
  ): Promise<CustomerImport> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    const records = await this.read(source, language);
    const { id } = await this.db.tx(async (em) => {
      if (!(await findProperty(em, propertyId))) throw notFound('property');
      return em.create(CustomerImport, {
        propertyId,
        status: 'RUNNING',
        total: records.length,
        createdBy: principal.actor.id ?? null,
      });
    }, principal);
    const progress = (processed: number) =>
      this.db
        .tx((em) => em.nativeUpdate(CustomerImport, { id }, { processed }), principal)
        .catch(() => undefined);
    let outcome: { created: number; unchanged: number; problems: ImportProblem[] };
    try {
      outcome = await this.db.tx(async (em) => {
        const units = await plainRows<UnitProjection>(em, UnitProjection, { propertyId }, [
          'id',
          'building',
          'number',
        ]);
        const plan = planImport(records, new Map(units.map((u) => [unitKey(u.building, u.number), u.id])));
        // All or nothing: one bad row and not a single row is written.
        if (plan.problems.length) return { created: 0, unchanged: 0, problems: plan.problems };
        return this.write(em, propertyId, plan.rows, progress);
      }, principal);
    } catch (e) {
      const problem: ImportProblem = {
        row: 0,
        column: null,
        code: 'import.failed',
        params: { reason: (e as Error).message },
      };
      await this.db.tx(
        (em) =>
          em.nativeUpdate(
            CustomerImport,
            { id },
            {
              status: 'REJECTED',
              rejected: [{ line: 0, reasons: [(e as Error).message] }],
              problems: [problem],
              finishedAt: this.clock.now(),
            },
          ),
        principal,
      );
      throw e;
    }
    const failed = outcome.problems.length > 0;
    return this.db.tx(
      async (em) =>
        em.assign(await em.findOneOrFail(CustomerImport, id), {
          status: failed ? 'REJECTED' : 'DONE',
          processed: failed ? 0 : records.length,
          created: outcome.created,
          unchanged: outcome.unchanged,
          rejected: legacyRejections(outcome.problems, (p) => problemMessage(p, 'en')),
          problems: outcome.problems,
          finishedAt: this.clock.now(),
        }),
      principal,
    );
  }

  /** The file's rows by column key; a file refused as a whole throws VALIDATION_FAILED. */
  private async read(source: ImportSource, language?: ReportLanguage | null) {
    const refuse = (problems: ImportProblem[]) => importRefused(problems, CUSTOMER_COLUMNS, language);
    if ((source.file == null) === (source.csv == null))
      throw validationFailed('give either file or csv', [
        { field: 'file', message: 'give either file or csv' },
      ]);
    let sheet: Sheet;
    try {
      sheet = source.file
        ? await readSheet(decodeBase64File(source.file.contentBase64))
        : sheetOfText(source.csv!);
    } catch (e) {
      if (isSheetError(e)) throw refuse([e.problem]);
      throw e;
    }
    const { index, problems } = mapHeader(sheet.header, CUSTOMER_COLUMNS);
    if (problems.length) throw refuse(problems.map((p) => ({ row: 1, column: p.column, code: p.code })));
    return recordsOf(sheet.rows, index);
  }

  /**
   * Idempotent on the natural key property + (ID number hash, else phone hash) + unit. What is
   * already there is read in a few set look-ups; new rows are written CHUNK at a time.
   */
  private async write(
    em: EntityManager,
    propertyId: string,
    rows: PlannedRow[],
    progress: (n: number) => Promise<unknown>,
  ): Promise<{ created: number; unchanged: number; problems: ImportProblem[] }> {
    const keyed = rows.map((r) => {
      const idNumber = r.idNumber ? normalise(r.idNumber) : null;
      return {
        ...r,
        idNumber,
        key: idNumber ? `id:${this.cipher.hash(idNumber)}` : `ph:${this.cipher.hash(r.phone)}`,
      };
    });
    const known = await this.knownCustomers(
      em,
      propertyId,
      keyed.map((r) => r.key),
    );
    const owners = await this.currentOwners(em, [
      ...new Set(keyed.flatMap((r) => (r.unitId ? [r.unitId] : []))),
    ]);
    const conflicts = ownerConflicts(
      keyed.map((r) => ({
        row: r.row,
        unitId: r.unitId,
        kind: known.get(r.key)?.kind ?? r.kind,
        who: known.get(r.key)?.id ?? r.key,
      })),
      owners,
    );
    if (conflicts.length) return { created: 0, unchanged: 0, problems: conflicts };
    const occupied = await this.occupiedUnits(em, [...new Set([...known.values()].map((c) => c.id))]);
    const care: CareCalendar = await this.customers.careCalendar(em, propertyId);
    let created = 0;
    let unchanged = 0;
    for (const [n, chunk] of chunks(keyed, CHUNK).entries()) {
      // The customers first (the first row of a key makes it), then the occupancies that name them.
      const fresh = new Map<string, (typeof chunk)[number]>();
      for (const r of chunk) if (!known.has(r.key) && !fresh.has(r.key)) fresh.set(r.key, r);
      const newCustomers = await this.customers.createMany(
        em,
        [...fresh.values()].map(({ name, phone, kind, idNumber, birthday }) => ({
          propertyId,
          name,
          phone,
          kind,
          idNumber,
          birthday,
        })),
        care,
      );
      [...fresh.keys()].forEach((key, i) =>
        known.set(key, { id: newCustomers[i].id, kind: newCustomers[i].kind }),
      );
      const occupancies: Partial<Occupancy>[] = [];
      for (const r of chunk) {
        const customer = known.get(r.key)!;
        let wrote = fresh.get(r.key) === r;
        if (r.unitId && !occupied.has(`${customer.id}/${r.unitId}`)) {
          occupancies.push({
            customerId: customer.id,
            unitId: r.unitId,
            propertyId,
            kind: customer.kind,
            startDate: r.moveInDate!,
            checklist: [],
          });
          occupied.add(`${customer.id}/${r.unitId}`);
          wrote = true;
        }
        if (wrote) created++;
        else unchanged++;
      }
      await insertNew(em, Occupancy, newEntities(Occupancy, occupancies));
      await publishManyInTx(em, Events.customerRegistered, newCustomers.map(registered));
      await progress(Math.min((n + 1) * CHUNK, rows.length));
    }
    return { created, unchanged, problems: [] };
  }

  /** unitId → customerId of the current owner, for these units. */
  private async currentOwners(em: EntityManager, unitIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(unitIds, LOOKUP))
      for (const o of await plainRows<Occupancy>(
        em,
        Occupancy,
        { unitId: { $in: part }, kind: CustomerKind.OWNER, endDate: null },
        ['customerId', 'unitId'],
      ))
        out.set(o.unitId, o.customerId);
    return out;
  }

  /** Customers of the property by natural key: `id:<ID number hash>`, or `ph:<phone hash>` for those without one. */
  private async knownCustomers(
    em: EntityManager,
    propertyId: string,
    keys: string[],
  ): Promise<Map<string, Known>> {
    const known = new Map<string, Known>();
    const idHashes = [...new Set(keys.filter((k) => k.startsWith('id:')).map((k) => k.slice(3)))];
    const phoneHashes = [...new Set(keys.filter((k) => k.startsWith('ph:')).map((k) => k.slice(3)))];
    for (const part of chunks(idHashes, LOOKUP))
      for (const c of await plainRows<Customer>(em, Customer, { propertyId, idNumberHash: { $in: part } }, [
        'id',
        'kind',
        'idNumberHash',
      ]))
        known.set(`id:${c.idNumberHash}`, { id: c.id, kind: c.kind });
    for (const part of chunks(phoneHashes, LOOKUP))
      for (const c of await plainRows<Customer>(
        em,
        Customer,
        { propertyId, phoneHash: { $in: part }, idNumberHash: null },
        ['id', 'kind', 'phoneHash'],
        { id: 'asc' },
      ))
        if (!known.has(`ph:${c.phoneHash}`)) known.set(`ph:${c.phoneHash}`, { id: c.id, kind: c.kind });
    return known;
  }

  /** `customerId/unitId` of every occupancy (current or past) of these customers. */
  private async occupiedUnits(em: EntityManager, customerIds: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks(customerIds, LOOKUP))
      for (const o of await plainRows<Occupancy>(em, Occupancy, { customerId: { $in: part } }, [
        'customerId',
        'unitId',
      ]))
        out.add(`${o.customerId}/${o.unitId}`);
    return out;
  }
}
