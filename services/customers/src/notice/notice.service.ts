import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import { assertPropertyVisible, conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';

import { approvesArchives } from '../archive/archive.rules';
import { Customer } from '../customer/customer.entity';
import { fillPlaceholders } from '../letter/letter.rules';
import { Occupancy } from '../occupancy/occupancy.entity';
import { UnitProjection } from '../property/property.entity';
import { findProperty, timeZoneOf } from '../property/property.service';
import { JobPayload, scheduleJob } from '@pm/jobs';
import { Notice, NoticeDelivery, NoticeStatus } from './notice.entity';
import { CareNoticeInput, CreateNoticeInput } from './notice.inputs';
import { Clock, dateIn } from '@pm/time';

export const CARE_NOTICE = 'CARE_NOTICE';

/** A notice with its deliveries (also system notices: reminders, greetings, escalations). */
export function insertNotice(
  em: EntityManager,
  n: {
    propertyId: string;
    kind: string;
    title: string;
    body: string;
    status: NoticeStatus;
    customerIds: string[];
    at: Date;
  },
): Notice {
  const notice = em.create(Notice, {
    propertyId: n.propertyId,
    kind: n.kind,
    title: n.title,
    body: n.body,
    status: n.status,
    createdBy: actorId(),
    sentAt: n.status === 'SENT' ? n.at : null,
  });
  for (const customerId of n.customerIds) deliver(em, notice, customerId, n.at);
  return notice;
}

function deliver(
  em: EntityManager,
  notice: Notice,
  customerId: string,
  at: Date,
  text: { title?: string | null; body?: string | null } = {},
): void {
  notice.deliveries.add(em.create(NoticeDelivery, { notice, customerId, deliveredAt: at, ...text }));
}

/**
 * R-CUS-9: each recipient's letter with the placeholders filled — the customer's name, the units
 * they hold in the property today, the date there and the property's name. Null where the text
 * has nothing to fill, so a delivery stores only what differs from the notice.
 */
async function personalised(
  em: EntityManager,
  n: Notice,
  customerIds: string[],
  at: Date,
): Promise<Map<string, { title: string | null; body: string | null }>> {
  const timeZone = await timeZoneOf(em, n.propertyId);
  const date = dateIn(at, timeZone);
  const customers = await em.find(Customer, { id: { $in: customerIds } }, { fields: ['id', 'name'] });
  const occupancies = await em.find(Occupancy, {
    customerId: { $in: customerIds },
    propertyId: n.propertyId,
    startDate: { $lte: date },
    $or: [{ endDate: null }, { endDate: { $gte: date } }],
  });
  const property = await findProperty(em, n.propertyId);
  const units = new Map(
    (await em.find(UnitProjection, { id: { $in: occupancies.map((o) => o.unitId) } })).map((u) => [
      u.id,
      `${u.building}-${u.number}`,
    ]),
  );
  const out = new Map<string, { title: string | null; body: string | null }>();
  for (const c of customers) {
    const held = [
      ...new Set(occupancies.filter((o) => o.customerId === c.id).map((o) => units.get(o.unitId))),
    ];
    const values = {
      customerName: c.name,
      unit: held.filter(Boolean).join(', '),
      date,
      propertyName: property?.name ?? '',
    };
    const title = fillPlaceholders(n.title, values);
    const body = fillPlaceholders(n.body, values);
    out.set(c.id, { title: title === n.title ? null : title, body: body === n.body ? null : body });
  }
  return out;
}

export class NoticeService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** A notice the caller may see (tenant and site filters), locked, with its deliveries; or NOT_FOUND. */
  private async visible(em: EntityManager, id: string): Promise<Notice> {
    // Locked alone: PostgreSQL locks no outer-joined rows, and the deliveries come joined.
    const n = isUuid(id) ? await em.findOne(Notice, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!n) throw notFound('notice');
    await em.populate(n, ['deliveries']);
    return n;
  }

  async get(principal: Principal, id: string): Promise<Notice | null> {
    if (!isUuid(id)) return null;
    return this.db.tx((em) => em.findOne(Notice, id, { populate: ['deliveries'] }), principal);
  }

  /** R-CUS-9: a letter starts as a draft from a template. */
  async create(principal: Principal, input: CreateNoticeInput): Promise<Notice> {
    const problems = [];
    if (!input.title.trim()) problems.push({ field: 'title', message: 'required' });
    if (!input.body.trim()) problems.push({ field: 'body', message: 'required' });
    if (problems.length) throw validationFailed('notice is invalid', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(
      async (em) =>
        insertNotice(em, {
          propertyId: input.propertyId,
          kind: input.kind ?? 'LETTER',
          title: input.title.trim(),
          body: input.body,
          status: 'DRAFT',
          customerIds: [],
          at: this.clock.now(),
        }),
      principal,
    );
  }

  async approve(principal: Principal, id: string): Promise<Notice> {
    if (!approvesArchives(principal.roles)) throw forbidden('letters are approved by the department manager');
    return this.db.tx(async (em) => {
      const n = await this.visible(em, id);
      if (n.status !== 'DRAFT') throw conflict(`notice is ${n.status}`);
      em.assign(n, { status: 'APPROVED', approvedBy: actorId(), approvedAt: this.clock.now() });
      return n;
    }, principal);
  }

  /** R-CUS-9: only an approved letter is delivered, to named customers of its property. */
  async send(principal: Principal, id: string, customerIds: string[]): Promise<Notice> {
    return this.db.tx(async (em) => {
      const n = await this.visible(em, id);
      if (n.status !== 'APPROVED')
        throw validationFailed('a letter must be approved before it is sent', [
          { field: 'id', message: `notice is ${n.status}` },
        ]);
      const ids = [...new Set(customerIds)].filter(isUuid);
      if (!ids.length)
        throw validationFailed('no recipients', [{ field: 'customerIds', message: 'at least one customer' }]);
      if ((await em.count(Customer, { propertyId: n.propertyId, id: { $in: ids } })) !== ids.length)
        throw validationFailed('unknown recipients', [
          { field: 'customerIds', message: 'customers of this property only' },
        ]);
      const now = this.clock.now();
      const already = new Set(n.deliveries.getItems().map((d) => d.customerId));
      const text = await personalised(em, n, ids, now);
      for (const c of ids) if (!already.has(c)) deliver(em, n, c, now, text.get(c));
      em.assign(n, { status: 'SENT', sentAt: now });
      return n;
    }, principal);
  }

  async recordReceipt(principal: Principal, deliveryId: string, signedBy: string): Promise<Notice> {
    if (!signedBy.trim())
      throw validationFailed('the signer is required', [{ field: 'signedBy', message: 'required' }]);
    if (!isUuid(deliveryId)) throw notFound('delivery');
    return this.db.tx(async (em) => {
      // The delivery is visible through its notice (the site filter scopes notices).
      const d = await em.findOne(NoticeDelivery, deliveryId);
      const n = d && (await em.findOne(Notice, d.notice.id, { populate: ['deliveries'] }));
      if (!d || !n) throw notFound('delivery');
      if (d.receiptSignedAt) throw conflict('receipt already recorded');
      em.assign(d, { receiptSignedBy: signedBy.trim(), receiptSignedAt: this.clock.now() });
      return n;
    }, principal);
  }

  /** R-CUS-3: a holiday greeting or special-weather reminder to every customer of the property at `sendAt`. */
  async scheduleCare(principal: Principal, input: CareNoticeInput): Promise<Notice> {
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    if (!['HOLIDAY', 'WEATHER'].includes(input.kind))
      throw validationFailed('care notice is invalid', [{ field: 'kind', message: 'HOLIDAY or WEATHER' }]);
    return this.db.tx(async (em) => {
      const key =
        input.kind === 'WEATHER' ? 'customers.weatherRemindersEnabled' : 'customers.careCalendarEnabled';
      const today = dateIn(this.clock.now(), await timeZoneOf(em, input.propertyId));
      if (!(await policyValue<boolean>(em, key, input.propertyId, today)))
        throw validationFailed('switched off by policy', [{ field: 'kind', message: `${key} is false` }]);
      const n = insertNotice(em, {
        propertyId: input.propertyId,
        kind: `CARE_${input.kind}`,
        title: input.title.trim(),
        body: input.body,
        status: 'APPROVED',
        customerIds: [],
        at: this.clock.now(),
      });
      em.assign(n, { approvedBy: actorId(), approvedAt: this.clock.now() });
      scheduleJob(em, CARE_NOTICE, input.sendAt ?? this.clock.now(), { noticeId: n.id });
      return n;
    }, principal);
  }
}

/** The CARE_NOTICE job: deliver a scheduled care notice to every current customer of its property. */
export async function runCareNotice(em: EntityManager, payload: JobPayload, now: Date): Promise<void> {
  const n = await em.findOne(Notice, payload.noticeId, { populate: ['deliveries'] });
  if (!n || n.status !== 'APPROVED') return;
  const already = new Set(n.deliveries.getItems().map((d) => d.customerId));
  const customers = await em.find(
    Customer,
    { propertyId: n.propertyId },
    { fields: ['id'], disableIdentityMap: true },
  );
  for (const c of customers) if (!already.has(c.id)) deliver(em, n, c.id, now);
  em.assign(n, { status: 'SENT', sentAt: now });
}
