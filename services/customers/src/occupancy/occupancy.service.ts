import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';

import { Archive } from '../archive/archive.entity';
import { visibleCustomer } from '../customer/customer.service';
import { Customer } from '../customer/customer.entity';
import { CustomerKind } from '../customer/customer.types';
import { oweNewCustomerFollowUp } from '../follow-up/follow-up.service';
import { recomputeSegment } from '../grading/grading.service';
import { insertNotice } from '../notice/notice.service';
import { timeZoneOf, unitOfProperty } from '../property/property.service';
import { JobPayload, scheduleJob } from '@pm/jobs';
import { MoveInNotice, Occupancy } from './occupancy.entity';
import { MeterKind } from './occupancy.types';
import { MoveInInput, MoveInNoticeInput } from './occupancy.inputs';
import { ChecklistItem, checklistFor, keysRetained, lesseeBlockers, moveInTimers } from './occupancy.rules';
import { Clock, dateIn, instantAt, isCalendarDate } from '@pm/time';

const MOVE_IN_REMINDER = 'MOVE_IN_REMINDER';
const MOVE_IN_ESCALATION = 'MOVE_IN_ESCALATION';

export class OccupancyService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-CUS-4 (owner: recorded with open items), R-CUS-5 (lessee: refused until met). */
  async moveIn(principal: Principal, input: MoveInInput): Promise<Occupancy> {
    if (!isCalendarDate(input.date))
      throw validationFailed('move-in is invalid', [{ field: 'date', message: 'YYYY-MM-DD' }]);
    const readings = (input.meterReadings ?? []).map((r) => ({ meter: r.meter, reading: r.reading }));
    if (readings.some((r) => !Number.isFinite(r.reading) || r.reading < 0))
      throw validationFailed('move-in is invalid', [
        { field: 'meterReadings', message: 'readings are non-negative numbers' },
      ]);
    const keys = input.keysHandedOver ?? 0;
    if (!Number.isInteger(keys) || keys < 0)
      throw validationFailed('move-in is invalid', [{ field: 'keysHandedOver', message: '≥ 0' }]);
    try {
      return await this.db.tx(async (em) => {
        const c = await visibleCustomer(em, input.customerId);
        return startOccupancy(em, this.clock, c, {
          unitId: input.unitId,
          date: input.date,
          documents: input.documents ?? [],
          byAgent: !!input.byAgent,
          meterReadings: readings,
          keysHandedOver: keys,
          defectsOpen: !!input.defectsOpen,
        });
      }, principal);
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
      const o = await em.findOne(Occupancy, occupancyId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!o) throw notFound('occupancy');
      o.checklist = o.checklist.map((c) => (items.includes(c.item) ? { ...c, done: true } : c));
      return o;
    }, principal);
  }

  async forCustomer(principal: Principal, customerId: string): Promise<Occupancy[]> {
    return this.db.tx(
      (em) => em.find(Occupancy, { customerId }, { orderBy: { startDate: 'asc', id: 'asc' } }),
      principal,
    );
  }

  /** R-CUS-4: the move-in notice with its deadline; reminder and escalation are durable jobs. */
  async sendNotice(principal: Principal, input: MoveInNoticeInput): Promise<MoveInNotice> {
    if (!isCalendarDate(input.deadline))
      throw validationFailed('notice is invalid', [{ field: 'deadline', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const c = await visibleCustomer(em, input.customerId);
      await unitOfProperty(em, input.unitId, c.propertyId);
      const tz = await timeZoneOf(em, c.propertyId);
      const days = await policyValue<number>(
        em,
        'customers.moveInReminderDaysBeforeDeadline',
        c.propertyId,
        dateIn(this.clock.now(), tz),
      );
      const notice = em.create(MoveInNotice, {
        customerId: c.id,
        unitId: input.unitId,
        propertyId: c.propertyId,
        deadline: input.deadline,
      });
      insertNotice(em, {
        propertyId: c.propertyId,
        kind: 'MOVE_IN_NOTICE',
        title: 'Move-in notice (入伙通知书)',
        body: `Please complete move-in by ${input.deadline}.`,
        status: 'SENT',
        customerIds: [c.id],
        at: this.clock.now(),
      });
      const t = moveInTimers(input.deadline, days);
      scheduleJob(em, MOVE_IN_REMINDER, instantAt(t.remindOn, tz, 540), { noticeId: notice.id });
      scheduleJob(em, MOVE_IN_ESCALATION, instantAt(t.escalateOn, tz, 540), { noticeId: notice.id });
      return notice;
    }, principal);
  }
}

/**
 * R-CUS-4 / R-CUS-5: the customer's occupancy of the unit with its checklist, follow-up and
 * occupancy.started; also how a buyer moves in when an ownership transfer completes (R-CUS-7).
 */
export async function startOccupancy(
  em: EntityManager,
  clock: Clock,
  c: Customer,
  input: {
    unitId: string;
    date: string;
    documents: readonly ChecklistItem[];
    byAgent: boolean;
    meterReadings: { meter: MeterKind; reading: number }[];
    keysHandedOver: number;
    defectsOpen: boolean;
  },
): Promise<Occupancy> {
  const readings = input.meterReadings;
  const keys = input.keysHandedOver;
  if (c.kind === CustomerKind.EXTERNAL)
    throw validationFailed('external customers do not occupy units', [
      { field: 'customerId', message: 'EXTERNAL' },
    ]);
  await unitOfProperty(em, input.unitId, c.propertyId);
  const asOf = dateIn(clock.now(), await timeZoneOf(em, c.propertyId));
  const facts = {
    kind: c.kind,
    provided: input.documents,
    byAgent: input.byAgent,
    meterReadings: readings.length,
    keysHandedOver: keys,
    archiveExists: (await em.count(Archive, { customerId: c.id })) > 0,
    ownerPresentRequired: await policyValue<boolean>(
      em,
      'customers.lesseeRegistrationOwnerPresent',
      c.propertyId,
      asOf,
    ),
  };
  const missing = lesseeBlockers(facts);
  if (missing.length)
    throw validationFailed(
      `a lessee moves in only when all conditions are met (R-CUS-5): missing ${missing.join(', ')}`,
      missing.map((m) => ({ field: 'documents', message: `missing ${m}` })),
    );
  const open = await em.findOne(Occupancy, { customerId: c.id, unitId: input.unitId, endDate: null });
  if (open) throw conflict('this customer already occupies the unit', { occupancyId: open.id });
  const o = em.create(Occupancy, {
    customerId: c.id,
    unitId: input.unitId,
    propertyId: c.propertyId,
    kind: c.kind,
    startDate: input.date,
    checklist: checklistFor(facts),
    meterReadings: readings,
    keysHandedOver: keys,
    keysRetained: keysRetained(
      input.defectsOpen,
      await policyValue<number>(em, 'customers.keysRetainedWhileDefectsOpen', c.propertyId, asOf),
    ),
  });
  for (const n of await em.find(MoveInNotice, {
    customerId: c.id,
    unitId: input.unitId,
    status: { $ne: 'DONE' },
  }))
    n.status = 'DONE';
  // Written now: one current owner per unit is the database's to enforce (R-CUS-1).
  await em.flush();
  await oweNewCustomerFollowUp(em, o);
  await em.flush();
  await publishInTx(em, Events.occupancyStarted, {
    occupancyId: o.id,
    customerId: c.id,
    unitId: input.unitId,
    propertyId: c.propertyId,
    kind: c.kind,
    startDate: input.date,
    meterReadings: readings,
  });
  await recomputeSegment(em, c, clock.now());
  return o;
}

/** Job handlers: remind those not moved in; after the deadline escalate to leadership. */
export function moveInJobs(clock: Clock) {
  const pending = async (em: EntityManager, noticeId: string): Promise<MoveInNotice | null> => {
    const n = await em.findOne(MoveInNotice, { id: noticeId, status: { $ne: 'DONE' } });
    if (!n || (await em.count(Occupancy, { customerId: n.customerId, unitId: n.unitId }))) return null;
    return n;
  };
  return {
    [MOVE_IN_REMINDER]: async (em: EntityManager, p: JobPayload) => {
      const n = await pending(em, p.noticeId);
      if (!n) return;
      n.status = 'REMINDED';
      n.remindedAt = clock.now();
      insertNotice(em, {
        propertyId: n.propertyId,
        kind: 'MOVE_IN_REMINDER',
        title: 'Move-in reminder',
        body: `Your move-in deadline is ${n.deadline}.`,
        status: 'SENT',
        customerIds: [n.customerId],
        at: clock.now(),
      });
    },
    [MOVE_IN_ESCALATION]: async (em: EntityManager, p: JobPayload) => {
      const n = await pending(em, p.noticeId);
      if (!n) return;
      n.status = 'ESCALATED';
      n.escalatedAt = clock.now();
      insertNotice(em, {
        propertyId: n.propertyId,
        kind: 'MOVE_IN_ESCALATION',
        title: 'Move-in deadline passed: escalated to leadership',
        body: `Customer ${n.customerId} has not moved in by ${n.deadline}.`,
        status: 'SENT',
        customerIds: [],
        at: clock.now(),
      });
    },
  };
}
