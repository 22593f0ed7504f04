import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { publishInTx } from '@pm/events';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  conflict,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { actorId, marks, one, q, tenantId } from '@pm/db';
import { isUuid } from '@pm/contracts';
import { Clock, dateIn, instantAt } from '@pm/time';
import { PiiCipher, normalise } from '../common/pii';
import { findProperty } from '../projection/projection';
import { scheduleJob } from '../schedule/scheduler';
import { createArchive } from '../archive/archive.service';
import { customerProblems } from './customer.rules';
import {
  CUSTOMER_COLUMNS,
  Customer,
  CustomerFilter,
  RegisterCustomerInput,
  toCustomer,
} from './customer.types';

export const CARE_BIRTHDAY = 'CARE_BIRTHDAY';

/** The next birthday on or after `today` (29 Feb → 28 Feb in common years). */
export function nextBirthday(birthday: string, today: string): string {
  const [, m, d] = birthday.split('-').map(Number);
  let y = Number(today.slice(0, 4));
  const make = (year: number) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = m === 2 && d === 29 && !leap ? 28 : d;
    return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  if (make(y) < today) y++;
  return make(y);
}

export class CustomerService {
  constructor(
    private db: Database,
    private cipher: PiiCipher,
    private clock: Clock,
  ) {}

  async register(principal: Principal, input: RegisterCustomerInput): Promise<Customer> {
    const problems = customerProblems(input);
    if (problems.length) throw validationFailed('customer is invalid', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      const property = await findProperty(em, input.propertyId);
      if (!property) throw notFound('property');
      const id = await this.insert(em, input);
      return (await this.load(em, [id]))[0];
    });
  }

  /** Registration inside a caller's transaction (also used row by row by the import). */
  async insert(em: EntityManager, input: RegisterCustomerInput): Promise<string> {
    const id = uuidv7();
    const phone = input.phone.trim();
    const idNumber = input.idNumber ? normalise(input.idNumber) : null;
    if (idNumber) {
      const dup = await one(em, 'select id from customers where property_id = ? and id_number_hash = ?', [
        input.propertyId,
        this.cipher.hash(idNumber),
      ]);
      if (dup)
        throw conflict('a customer with this ID number is already registered at this property', {
          customerId: dup.id,
        });
    }
    await q(
      em,
      `insert into customers (id, tenant_id, property_id, kind, name, phone_enc, phone_hash, id_number_enc, id_number_hash,
         birthday, email, industry, preferences, household)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        tenantId(),
        input.propertyId,
        input.kind,
        input.name.trim(),
        this.cipher.encrypt(phone),
        this.cipher.hash(phone),
        idNumber ? this.cipher.encrypt(idNumber) : null,
        idNumber ? this.cipher.hash(idNumber) : null,
        input.birthday ?? null,
        input.email?.trim() || null,
        input.industry?.trim() || null,
        JSON.stringify(input.preferences ?? []),
        JSON.stringify((input.householdMembers ?? []).map((h) => ({ name: h.name, relation: h.relation }))),
      ],
    );
    await createArchive(em, id, input.propertyId);
    await publishInTx(em, Events.customerRegistered, {
      customerId: id,
      propertyId: input.propertyId,
      kind: input.kind,
      name: input.name.trim(),
    });
    if (input.birthday) await this.scheduleBirthday(em, id, input.propertyId, input.birthday);
    return id;
  }

  /** R-CUS-3: a birthday greeting at 09:00 property time on the next birthday; the job re-arms itself. */
  async scheduleBirthday(em: EntityManager, customerId: string, propertyId: string, birthday: string) {
    const enabled = await policyValue<boolean>(
      em,
      'customers.careCalendarEnabled',
      propertyId,
      dateIn(this.clock.now(), 'Asia/Shanghai'),
    );
    if (!enabled) return;
    const tz = (await findProperty(em, propertyId))?.timeZone ?? 'Asia/Shanghai';
    const next = nextBirthday(birthday, dateIn(this.clock.now(), tz));
    await scheduleJob(em, CARE_BIRTHDAY, instantAt(next, tz, 540), { customerId, propertyId, birthday });
  }

  async get(principal: Principal, id: string): Promise<Customer | null> {
    if (!isUuid(id)) return null;
    return this.db.tx(async (em) => (await CustomerService.byIds(em, principal, [id]))[0] ?? null);
  }

  async list(
    principal: Principal,
    filter: CustomerFilter | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<Customer>> {
    const { limit, afterId } = decodePage(page);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter?.propertyId) {
      if (!isUuid(filter.propertyId)) return toConnection([], limit, 0);
      assertPropertyVisible(principal, filter.propertyId);
      where.push('property_id = ?');
      params.push(filter.propertyId);
    }
    if (principal.propertyScope !== 'ALL') {
      if (!principal.propertyScope.length) return toConnection([], limit, 0);
      where.push(`property_id in (${marks(principal.propertyScope.length)})`);
      params.push(...principal.propertyScope);
    }
    const add = (sql: string, v: unknown) => {
      where.push(sql);
      params.push(v);
    };
    if (filter?.kind) add('kind = ?', filter.kind);
    if (filter?.segment) add('segment = ?', filter.segment);
    if (filter?.name) add('name ilike ?', `%${filter.name.replace(/[%_\\]/g, '\\$&')}%`);
    const base = where.length ? `where ${where.join(' and ')}` : '';
    return this.db.tx(async (em) => {
      const pageWhere = afterId ? `${base ? `${base} and` : 'where'} id > ?` : base;
      const rows = await q(em, `select ${CUSTOMER_COLUMNS} from customers ${pageWhere} order by id limit ?`, [
        ...params,
        ...(afterId ? [afterId] : []),
        limit + 1,
      ]);
      const total = await one(em, `select count(*)::int as n from customers ${base}`, params);
      return toConnection(rows.map(toCustomer), limit, total!.n);
    });
  }

  async load(em: EntityManager, ids: string[]): Promise<Customer[]> {
    if (!ids.length) return [];
    const rows = await q(
      em,
      `select ${CUSTOMER_COLUMNS} from customers where id in (${marks(ids.length)})`,
      ids,
    );
    return rows.map(toCustomer);
  }

  /** `_entities` batch and by-id reads: one statement; out-of-scope and other tenants' ids are absent. */
  static async byIds(em: EntityManager, principal: Principal, ids: readonly string[]): Promise<Customer[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const params: unknown[] = [...valid];
    let scope = '';
    if (principal.propertyScope !== 'ALL') {
      if (!principal.propertyScope.length) return [];
      scope = ` and property_id in (${marks(principal.propertyScope.length)})`;
      params.push(...principal.propertyScope);
    }
    const rows = await q(
      em,
      `select ${CUSTOMER_COLUMNS} from customers where id in (${marks(valid.length)})${scope}`,
      params,
    );
    return rows.map(toCustomer);
  }

  /** Writes one pii_access_log row per unmasked field read (who, when, which customer, which field). */
  static async logPiiReads(em: EntityManager, reads: readonly string[]): Promise<void> {
    if (!reads.length) return;
    const values: unknown[] = [];
    for (const r of reads) {
      const [customerId, field] = r.split(':');
      values.push(uuidv7(), tenantId(), actorId(), customerId, field);
    }
    await q(
      em,
      `insert into pii_access_log (id, tenant_id, actor_id, customer_id, field) values ${reads.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      values,
    );
  }
}
