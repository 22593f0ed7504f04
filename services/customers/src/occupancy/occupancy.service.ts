import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { publishInTx } from '@pm/events';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, instantAt, isCalendarDate } from '@pm/time';
import { one, q, tenantId } from '@pm/db';
import { isUuid } from '@pm/contracts';
import { findUnit, timeZoneOf } from '../projection/projection';
import { scheduleJob } from '../schedule/scheduler';
import { insertNotice } from '../notice/notice.service';
import { ChecklistItem, checklistFor, keysRetained, lesseeBlockers, moveInTimers } from './checklist';
import {
  MoveInInput,
  MoveInNotice,
  MoveInNoticeInput,
  OCCUPANCY_COLUMNS,
  Occupancy,
  toOccupancy,
} from './occupancy.types';
import { recomputeSegment } from '../grading/grading.service';

export const MOVE_IN_REMINDER = 'MOVE_IN_REMINDER';
export const MOVE_IN_ESCALATION = 'MOVE_IN_ESCALATION';

export async function visibleCustomer(em: EntityManager, principal: Principal, id: string) {
  if (!isUuid(id)) throw notFound('customer');
  const c = await one(em, 'select id, property_id, kind, name from customers where id = ?', [id]);
  if (!c) throw notFound('customer');
  assertPropertyVisible(principal, c.property_id, 'customer');
  return c as { id: string; property_id: string; kind: string; name: string };
}

/** The unit must be one of the customer's property (from tenancy's unit.created). */
export async function unitOfProperty(em: EntityManager, unitId: string, propertyId: string) {
  const unit = isUuid(unitId) ? await findUnit(em, unitId) : null;
  if (!unit || unit.propertyId !== propertyId)
    throw validationFailed('unit is invalid', [
      { field: 'unitId', message: 'not a unit of the customer’s property' },
    ]);
  return unit;
}

function toNotice(r: any): MoveInNotice {
  return Object.assign(new MoveInNotice(), {
    id: r.id,
    customerId: r.customer_id,
    unitId: r.unit_id,
    deadline: r.deadline,
    status: r.status,
  });
}

export class OccupancyService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-CUS-4 (owner: recorded with open items), R-CUS-5 (lessee: refused until met). */
  async moveIn(principal: Principal, input: MoveInInput): Promise<Occupancy> {
    if (!isCalendarDate(input.date))
      throw validationFailed('move-in is invalid', [{ field: 'date', message: 'YYYY-MM-DD' }]);
    const readings = input.meterReadings ?? [];
    if (readings.some((r) => !Number.isFinite(r.reading) || r.reading < 0))
      throw validationFailed('move-in is invalid', [
        { field: 'meterReadings', message: 'readings are non-negative numbers' },
      ]);
    const keys = input.keysHandedOver ?? 0;
    if (!Number.isInteger(keys) || keys < 0)
      throw validationFailed('move-in is invalid', [{ field: 'keysHandedOver', message: '≥ 0' }]);
    try {
      return await this.db.tx(async (em) => {
        const c = await visibleCustomer(em, principal, input.customerId);
        if (c.kind === 'EXTERNAL')
          throw validationFailed('external customers do not occupy units', [
            { field: 'customerId', message: 'EXTERNAL' },
          ]);
        await unitOfProperty(em, input.unitId, c.property_id);
        const asOf = dateIn(this.clock.now(), await timeZoneOf(em, c.property_id));
        const facts = {
          kind: c.kind,
          provided: input.documents ?? [],
          byAgent: !!input.byAgent,
          meterReadings: readings.length,
          keysHandedOver: keys,
          archiveExists: !!(await one(em, 'select 1 from archives where customer_id = ?', [c.id])),
          ownerPresentRequired: await policyValue<boolean>(
            em,
            'customers.lesseeRegistrationOwnerPresent',
            c.property_id,
            asOf,
          ),
        };
        const missing = lesseeBlockers(facts);
        if (missing.length)
          throw validationFailed(
            `a lessee moves in only when all conditions are met (R-CUS-5): missing ${missing.join(', ')}`,
            missing.map((m) => ({ field: 'documents', message: `missing ${m}` })),
          );
        const open = await one(
          em,
          'select id from occupancies where customer_id = ? and unit_id = ? and end_date is null',
          [c.id, input.unitId],
        );
        if (open) throw conflict('this customer already occupies the unit', { occupancyId: open.id });
        const retained = keysRetained(
          !!input.defectsOpen,
          await policyValue<number>(em, 'customers.keysRetainedWhileDefectsOpen', c.property_id, asOf),
        );
        const id = uuidv7();
        await q(
          em,
          `insert into occupancies (id, tenant_id, customer_id, unit_id, property_id, kind, start_date, checklist, meter_readings, keys_handed_over, keys_retained)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            id,
            tenantId(),
            c.id,
            input.unitId,
            c.property_id,
            c.kind,
            input.date,
            JSON.stringify(checklistFor(facts)),
            JSON.stringify(readings.map((r) => ({ meter: r.meter, reading: r.reading }))),
            keys,
            retained,
          ],
        );
        await q(
          em,
          `update move_in_notices set status = 'DONE' where customer_id = ? and unit_id = ? and status <> 'DONE'`,
          [c.id, input.unitId],
        );
        await publishInTx(em, Events.occupancyStarted, {
          occupancyId: id,
          customerId: c.id,
          unitId: input.unitId,
          propertyId: c.property_id,
          kind: c.kind,
          startDate: input.date,
          meterReadings: readings.map((r) => ({ meter: r.meter, reading: r.reading })),
        });
        await recomputeSegment(em, c.id, this.clock.now());
        return toOccupancy(await one(em, `select ${OCCUPANCY_COLUMNS} from occupancies where id = ?`, [id]));
      });
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw conflict('the unit already has a current owner (R-CUS-1)');
      throw e;
    }
  }

  /** Ticks items of the procedure done later (documents brought in after the handover). */
  async completeItems(principal: Principal, occupancyId: string, items: ChecklistItem[]): Promise<Occupancy> {
    if (!isUuid(occupancyId)) throw notFound('occupancy');
    return this.db.tx(async (em) => {
      const o = await one(em, `select ${OCCUPANCY_COLUMNS} from occupancies where id = ? for update`, [
        occupancyId,
      ]);
      if (!o) throw notFound('occupancy');
      assertPropertyVisible(principal, o.property_id, 'occupancy');
      const checklist = o.checklist.map((c: any) => (items.includes(c.item) ? { ...c, done: true } : c));
      await q(em, 'update occupancies set checklist = ? where id = ?', [
        JSON.stringify(checklist),
        occupancyId,
      ]);
      return toOccupancy({ ...o, checklist });
    });
  }

  async forCustomer(principal: Principal, customerId: string): Promise<Occupancy[]> {
    return this.db.tx(async (em) => {
      const rows = await q(
        em,
        `select ${OCCUPANCY_COLUMNS} from occupancies where customer_id = ? order by start_date, id`,
        [customerId],
      );
      return rows
        .filter((r) => principal.propertyScope === 'ALL' || principal.propertyScope.includes(r.property_id))
        .map(toOccupancy);
    }, principal);
  }

  /** R-CUS-4: the move-in notice with its deadline; reminder and escalation are durable jobs. */
  async sendNotice(principal: Principal, input: MoveInNoticeInput): Promise<MoveInNotice> {
    if (!isCalendarDate(input.deadline))
      throw validationFailed('notice is invalid', [{ field: 'deadline', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const c = await visibleCustomer(em, principal, input.customerId);
      await unitOfProperty(em, input.unitId, c.property_id);
      const tz = await timeZoneOf(em, c.property_id);
      const days = await policyValue<number>(
        em,
        'customers.moveInReminderDaysBeforeDeadline',
        c.property_id,
        dateIn(this.clock.now(), tz),
      );
      const id = uuidv7();
      const [r] = await q(
        em,
        `insert into move_in_notices (id, tenant_id, customer_id, unit_id, property_id, deadline) values (?, ?, ?, ?, ?, ?)
         returning id, customer_id, unit_id, deadline::text as deadline, status`,
        [id, tenantId(), c.id, input.unitId, c.property_id, input.deadline],
      );
      await insertNotice(em, {
        propertyId: c.property_id,
        kind: 'MOVE_IN_NOTICE',
        title: 'Move-in notice (入伙通知书)',
        body: `Please complete move-in by ${input.deadline}.`,
        status: 'SENT',
        customerIds: [c.id],
        at: this.clock.now(),
      });
      const t = moveInTimers(input.deadline, days);
      await scheduleJob(em, MOVE_IN_REMINDER, instantAt(t.remindOn, tz, 540), { noticeId: id });
      await scheduleJob(em, MOVE_IN_ESCALATION, instantAt(t.escalateOn, tz, 540), { noticeId: id });
      return toNotice(r);
    });
  }
}

/** Job handlers: remind those not moved in; after the deadline escalate to leadership. */
export function moveInJobs(clock: Clock) {
  const pending = (em: EntityManager, noticeId: string) =>
    one(
      em,
      `select n.*, n.deadline::text as deadline from move_in_notices n where n.id = ? and n.status <> 'DONE'
         and not exists (select 1 from occupancies o where o.customer_id = n.customer_id and o.unit_id = n.unit_id)`,
      [noticeId],
    );
  return {
    [MOVE_IN_REMINDER]: async (em: EntityManager, p: { noticeId: string }) => {
      const n = await pending(em, p.noticeId);
      if (!n) return;
      await q(em, `update move_in_notices set status = 'REMINDED', reminded_at = ? where id = ?`, [
        clock.now(),
        n.id,
      ]);
      await insertNotice(em, {
        propertyId: n.property_id,
        kind: 'MOVE_IN_REMINDER',
        title: 'Move-in reminder',
        body: `Your move-in deadline is ${n.deadline}.`,
        status: 'SENT',
        customerIds: [n.customer_id],
        at: clock.now(),
      });
    },
    [MOVE_IN_ESCALATION]: async (em: EntityManager, p: { noticeId: string }) => {
      const n = await pending(em, p.noticeId);
      if (!n) return;
      await q(em, `update move_in_notices set status = 'ESCALATED', escalated_at = ? where id = ?`, [
        clock.now(),
        n.id,
      ]);
      await insertNotice(em, {
        propertyId: n.property_id,
        kind: 'MOVE_IN_ESCALATION',
        title: 'Move-in deadline passed: escalated to leadership',
        body: `Customer ${n.customer_id} has not moved in by ${n.deadline}.`,
        status: 'SENT',
        customerIds: [],
        at: clock.now(),
      });
    },
  };
}
