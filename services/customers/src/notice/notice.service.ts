import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { assertPropertyVisible, conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { actorId, marks, one, q, tenantId, ts } from '@pm/db';
import { isUuid } from '@pm/contracts';
import { approvesArchives } from '../archive/archive.rules';
import { scheduleJob } from '../schedule/scheduler';
import { CareNoticeInput, CreateNoticeInput, Notice, NoticeDelivery } from './notice.types';

export const CARE_NOTICE = 'CARE_NOTICE';

/** Writes a notice with its deliveries (system notices: reminders, greetings, escalations). */
export async function insertNotice(
  em: EntityManager,
  n: {
    propertyId: string;
    kind: string;
    title: string;
    body: string;
    status: string;
    customerIds: string[];
    at: Date;
  },
): Promise<string> {
  const id = uuidv7();
  await q(
    em,
    `insert into notices (id, tenant_id, property_id, kind, title, body, status, created_by, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      tenantId(),
      n.propertyId,
      n.kind,
      n.title,
      n.body,
      n.status,
      actorId(),
      n.status === 'SENT' ? n.at : null,
    ],
  );
  for (const c of n.customerIds)
    await q(
      em,
      'insert into notice_deliveries (id, tenant_id, notice_id, customer_id, delivered_at) values (?, ?, ?, ?, ?)',
      [uuidv7(), tenantId(), id, c, n.at],
    );
  return id;
}

export class NoticeService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async load(em: EntityManager, id: string): Promise<Notice | null> {
    const n = await one(em, 'select * from notices where id = ?', [id]);
    if (!n) return null;
    const d = await q(em, 'select * from notice_deliveries where notice_id = ? order by id', [id]);
    return Object.assign(new Notice(), {
      id: n.id,
      propertyId: n.property_id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      status: n.status,
      approvedBy: n.approved_by,
      sentAt: ts(n.sent_at),
      deliveries: d.map((x) =>
        Object.assign(new NoticeDelivery(), {
          id: x.id,
          customerId: x.customer_id,
          deliveredAt: ts(x.delivered_at),
          receiptSignedBy: x.receipt_signed_by,
          receiptSignedAt: ts(x.receipt_signed_at),
        }),
      ),
    });
  }

  private async visible(em: EntityManager, principal: Principal, id: string) {
    if (!isUuid(id)) throw notFound('notice');
    const n = await one(em, 'select * from notices where id = ? for update', [id]);
    if (!n) throw notFound('notice');
    assertPropertyVisible(principal, n.property_id, 'notice');
    return n;
  }

  async get(principal: Principal, id: string): Promise<Notice | null> {
    if (!isUuid(id)) return null;
    return this.db.tx(async (em) => {
      const n = await this.load(em, id);
      if (!n || (principal.propertyScope !== 'ALL' && !principal.propertyScope.includes(n.propertyId)))
        return null;
      return n;
    });
  }

  /** R-CUS-9: a letter starts as a draft from a template. */
  async create(principal: Principal, input: CreateNoticeInput): Promise<Notice> {
    const problems = [];
    if (!input.title.trim()) problems.push({ field: 'title', message: 'required' });
    if (!input.body.trim()) problems.push({ field: 'body', message: 'required' });
    if (problems.length) throw validationFailed('notice is invalid', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      const id = await insertNotice(em, {
        propertyId: input.propertyId,
        kind: input.kind ?? 'LETTER',
        title: input.title.trim(),
        body: input.body,
        status: 'DRAFT',
        customerIds: [],
        at: this.clock.now(),
      });
      return (await this.load(em, id))!;
    });
  }

  async approve(principal: Principal, id: string): Promise<Notice> {
    if (!approvesArchives(principal.roles)) throw forbidden('letters are approved by the department manager');
    return this.db.tx(async (em) => {
      const n = await this.visible(em, principal, id);
      if (n.status !== 'DRAFT') throw conflict(`notice is ${n.status}`);
      await q(em, `update notices set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ?`, [
        actorId(),
        this.clock.now(),
        id,
      ]);
      return (await this.load(em, id))!;
    });
  }

  /** R-CUS-9: only an approved letter is delivered, to named customers of its property. */
  async send(principal: Principal, id: string, customerIds: string[]): Promise<Notice> {
    return this.db.tx(async (em) => {
      const n = await this.visible(em, principal, id);
      if (n.status !== 'APPROVED')
        throw validationFailed('a letter must be approved before it is sent', [
          { field: 'id', message: `notice is ${n.status}` },
        ]);
      const ids = [...new Set(customerIds)].filter(isUuid);
      if (!ids.length)
        throw validationFailed('no recipients', [{ field: 'customerIds', message: 'at least one customer' }]);
      const found = await q(
        em,
        `select id from customers where property_id = ? and id in (${marks(ids.length)})`,
        [n.property_id, ...ids],
      );
      if (found.length !== ids.length)
        throw validationFailed('unknown recipients', [
          { field: 'customerIds', message: 'customers of this property only' },
        ]);
      const now = this.clock.now();
      for (const c of ids)
        await q(
          em,
          'insert into notice_deliveries (id, tenant_id, notice_id, customer_id, delivered_at) values (?, ?, ?, ?, ?) on conflict do nothing',
          [uuidv7(), tenantId(), id, c, now],
        );
      await q(em, `update notices set status = 'SENT', sent_at = ? where id = ?`, [now, id]);
      return (await this.load(em, id))!;
    });
  }

  async recordReceipt(principal: Principal, deliveryId: string, signedBy: string): Promise<Notice> {
    if (!signedBy.trim())
      throw validationFailed('the signer is required', [{ field: 'signedBy', message: 'required' }]);
    if (!isUuid(deliveryId)) throw notFound('delivery');
    return this.db.tx(async (em) => {
      const d = await one(
        em,
        'select d.*, n.property_id from notice_deliveries d join notices n on n.id = d.notice_id where d.id = ?',
        [deliveryId],
      );
      if (!d) throw notFound('delivery');
      assertPropertyVisible(principal, d.property_id, 'delivery');
      if (d.receipt_signed_at) throw conflict('receipt already recorded');
      await q(em, 'update notice_deliveries set receipt_signed_by = ?, receipt_signed_at = ? where id = ?', [
        signedBy.trim(),
        this.clock.now(),
        deliveryId,
      ]);
      return (await this.load(em, d.notice_id))!;
    });
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
      if (!(await policyValue<boolean>(em, key, input.propertyId, dateIn(this.clock.now(), 'Asia/Shanghai'))))
        throw validationFailed('switched off by policy', [{ field: 'kind', message: `${key} is false` }]);
      const id = await insertNotice(em, {
        propertyId: input.propertyId,
        kind: `CARE_${input.kind}`,
        title: input.title.trim(),
        body: input.body,
        status: 'APPROVED',
        customerIds: [],
        at: this.clock.now(),
      });
      await q(em, 'update notices set approved_by = ?, approved_at = ? where id = ?', [
        actorId(),
        this.clock.now(),
        id,
      ]);
      await scheduleJob(em, CARE_NOTICE, input.sendAt ?? this.clock.now(), { noticeId: id });
      return (await this.load(em, id))!;
    });
  }
}

/** Job: deliver a scheduled care notice to every current customer of its property. */
export async function runCareNotice(em: EntityManager, payload: { noticeId: string }, now: Date) {
  const n = await one(em, 'select * from notices where id = ?', [payload.noticeId]);
  if (!n || n.status !== 'APPROVED') return;
  await q(
    em,
    `insert into notice_deliveries (id, tenant_id, notice_id, customer_id, delivered_at)
     select gen_random_uuid(), tenant_id, ?, id, ? from customers where property_id = ? on conflict do nothing`,
    [n.id, now, n.property_id],
  );
  await q(em, `update notices set status = 'SENT', sent_at = ? where id = ?`, [now, n.id]);
}
