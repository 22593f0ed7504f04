import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database, actorId, insertNew, newEntities } from '@pm/db';
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
import { PiiCipher, normalise, seesUnmasked } from '../common/pii';
import { createArchive, registrationForm } from '../archive/archive.service';
import { Archive, ArchiveDocument } from '../archive/archive.entity';
import { findProperty, timeZoneOf } from '../property/property.service';
import { JobPayload, ScheduledJob, scheduleJob } from '@pm/jobs';
import { insertNotice } from '../notice/notice.service';
import { Customer, PiiAccessLog } from './customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { CustomerFilter, RegisterCustomerInput } from './customer.inputs';
import { customerProblems, nextBirthday } from './customer.rules';
import { Clock, addDays, dateIn, instantAt } from '@pm/time';

export const CARE_BIRTHDAY = 'CARE_BIRTHDAY';

/** R-CUS-3 for one property: whether birthday greetings are on, its zone, today there, 09:00 of a date. */
export interface CareCalendar {
  enabled: boolean;
  timeZone: string;
  today: string;
  nineAm(date: string): Date;
}

/** A customer the caller may see (tenant and site filters), or NOT_FOUND. */
export async function visibleCustomer(em: EntityManager, id: string): Promise<Customer> {
  const c = isUuid(id) ? await em.findOne(Customer, id) : null;
  if (!c) throw notFound('customer');
  return c;
}

/** The customer.registered payload of a new customer. */
export const registered = (c: Customer) => ({
  customerId: c.id,
  propertyId: c.propertyId,
  kind: c.kind,
  name: c.name,
});

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
      if (!(await findProperty(em, input.propertyId))) throw notFound('property');
      const idNumber = input.idNumber ? normalise(input.idNumber) : null;
      if (idNumber) {
        const dup = await em.findOne(
          Customer,
          { propertyId: input.propertyId, idNumberHash: this.cipher.hash(idNumber) },
          { fields: ['id'], disableIdentityMap: true },
        );
        // The existing record's id only for a caller who may read its ID number whole: for
        // anyone else it would confirm whose number was typed in.
        if (dup)
          throw conflict(
            'a customer with this ID number is already registered at this property',
            seesUnmasked(principal) ? { customerId: dup.id } : undefined,
          );
      }
      const c = this.create(em, input, await this.careCalendar(em, input.propertyId));
      await publishInTx(em, Events.customerRegistered, registered(c));
      return c;
    }, principal);
  }

  /**
   * A new customer with its archive (R-ARC-1) and its birthday greeting, in the caller's
   * transaction (registration, and each new row of an import); the caller publishes `registered`.
   */
  create(em: EntityManager, input: RegisterCustomerInput, care: CareCalendar): Customer {
    const c = em.create(Customer, this.customerFields(input));
    createArchive(em, c.id, c.propertyId);
    if (c.birthday) this.scheduleBirthday(em, care, c);
    return c;
  }

  /**
   * What `create` writes for many customers at once (an import): the same rows — customer,
   * archive, registration form, birthday greeting — as multi-row INSERTs in the caller's
   * transaction, without the unit of work (its bookkeeping per entity is what made a
   * 10,000-row import slow). The caller publishes `registered`.
   */
  async createMany(
    em: EntityManager,
    inputs: RegisterCustomerInput[],
    care: CareCalendar,
  ): Promise<Customer[]> {
    const customers = newEntities(
      Customer,
      inputs.map((i) => this.customerFields(i)),
    );
    const archives = newEntities(
      Archive,
      customers.map((c) => ({ customerId: c.id, propertyId: c.propertyId })),
    );
    const greetings = newEntities(
      ScheduledJob,
      customers.flatMap((c) => {
        const g = this.birthdayGreeting(care, c);
        return g ? [{ kind: CARE_BIRTHDAY, runAt: g.runAt, payload: g.payload }] : [];
      }),
    );
    await insertNew(em, Customer, customers);
    await insertNew(em, Archive, archives);
    await insertNew(
      em,
      ArchiveDocument,
      newEntities(
        ArchiveDocument,
        archives.map((a) => registrationForm(a.id)),
      ),
    );
    await insertNew(em, ScheduledJob, greetings);
    return customers;
  }

  private customerFields(input: RegisterCustomerInput) {
    const phone = input.phone.trim();
    const idNumber = input.idNumber ? normalise(input.idNumber) : null;
    return {
      propertyId: input.propertyId,
      kind: input.kind,
      name: input.name.trim(),
      phone,
      phoneHash: this.cipher.hash(phone),
      idNumber,
      idNumberHash: idNumber ? this.cipher.hash(idNumber) : null,
      birthday: input.birthday ?? null,
      email: input.email?.trim() || null,
      industry: input.industry?.trim() || null,
      preferences: input.preferences ?? [],
      householdMembers: (input.householdMembers ?? []).map((h) => ({ name: h.name, relation: h.relation })),
    };
  }

  async careCalendar(em: EntityManager, propertyId: string): Promise<CareCalendar> {
    const timeZone = await timeZoneOf(em, propertyId);
    const today = dateIn(this.clock.now(), timeZone);
    const enabled = await policyValue<boolean>(em, 'customers.careCalendarEnabled', propertyId, today);
    // An import greets thousands on a few hundred dates; the zone conversion is the slow part.
    const times = new Map<string, Date>();
    const nineAm = (date: string) => {
      let t = times.get(date);
      if (!t) times.set(date, (t = instantAt(date, timeZone, 540)));
      return t;
    };
    return { enabled, timeZone, today, nineAm };
  }

  /** R-CUS-3: a greeting at 09:00 property time on the first birthday from `from` on; the job re-arms itself. */
  scheduleBirthday(em: EntityManager, care: CareCalendar, c: Customer, from = care.today): void {
    const g = this.birthdayGreeting(care, c, from);
    if (g) scheduleJob(em, CARE_BIRTHDAY, g.runAt, g.payload);
  }

  /** When and for whom the next greeting is due; null when greetings are off or the birthday unknown. */
  private birthdayGreeting(care: CareCalendar, c: Customer, from = care.today) {
    if (!care.enabled || !c.birthday) return null;
    return {
      runAt: care.nineAm(nextBirthday(c.birthday, from)),
      payload: { customerId: c.id, propertyId: c.propertyId, birthday: c.birthday },
    };
  }

  /** The CARE_BIRTHDAY job due at `runAt`: the greeting, and next year's. */
  async birthdayJob(em: EntityManager, p: JobPayload, runAt: Date): Promise<void> {
    const c = await em.findOne(Customer, p.customerId);
    if (!c) return;
    insertNotice(em, {
      propertyId: c.propertyId,
      kind: 'CARE_BIRTHDAY',
      title: 'Happy birthday',
      body: `Best wishes to ${c.name} from your property management.`,
      status: 'SENT',
      customerIds: [c.id],
      at: this.clock.now(),
    });
    const care = await this.careCalendar(em, c.propertyId);
    // From the day after the birthday greeted: counted from today, a job run on the day itself
    // (09:00 is after midnight) would be re-armed for the same morning and greet again at once.
    this.scheduleBirthday(em, care, c, addDays(dateIn(runAt, care.timeZone), 1));
  }

  async get(principal: Principal, id: string): Promise<Customer | null> {
    if (!isUuid(id)) return null;
    return this.db.tx(async (em) => (await CustomerService.byIds(em, [id]))[0] ?? null, principal);
  }

  async list(
    principal: Principal,
    filter: CustomerFilter | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<Customer>> {
    const { limit, afterId } = decodePage(page);
    const where: FilterQuery<Customer> = {};
    if (filter?.propertyId) {
      if (!isUuid(filter.propertyId)) return toConnection([], limit, 0);
      assertPropertyVisible(principal, filter.propertyId);
      where.propertyId = filter.propertyId;
    }
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.segment) where.segment = filter.segment;
    if (filter?.name) where.name = { $ilike: `%${filter.name.replace(/[%_\\]/g, '\\$&')}%` };
    if (filter?.phone) {
      // Found by the keyed hash, never by decrypting: the number as typed and its digits alone.
      const typed = filter.phone.trim();
      where.phoneHash = {
        $in: [...new Set([typed, typed.replace(/[\s-]/g, '')])].map((v) => this.cipher.hash(v)),
      };
    }
    return this.db.tx(async (em) => {
      if (filter?.unitId) {
        if (!isUuid(filter.unitId)) return toConnection([], limit, 0);
        const occupying = await em.find(
          Occupancy,
          { unitId: filter.unitId, endDate: null },
          { fields: ['customerId'], disableIdentityMap: true },
        );
        where.id = { $in: occupying.map((o) => o.customerId) };
      }
      const rows = await em.find(Customer, afterId ? { $and: [where, { id: { $gt: afterId } }] } : where, {
        orderBy: { id: 'asc' },
        limit: limit + 1,
        disableIdentityMap: true,
      });
      return toConnection(rows, limit, await em.count(Customer, where));
    }, principal);
  }

  /**
   * `_entities` batches and by-id reads: one statement; out-of-scope and other tenants' ids are
   * absent. Read without the identity map: nothing here is changed, and a managed customer costs
   * a decrypt-compare of its personal fields at flush.
   */
  static async byIds(em: EntityManager, ids: readonly string[]): Promise<Customer[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return em.find(Customer, { id: { $in: valid } }, { disableIdentityMap: true });
  }

  /** One pii_access_log row per unmasked field read (who, when, which customer, which field). */
  static logPiiReads(em: EntityManager, reads: readonly { customerId: string; field: string }[]): void {
    for (const r of reads)
      em.create(PiiAccessLog, { actorId: actorId(), customerId: r.customerId, field: r.field });
  }
}
