import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValues } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { PropertyProjection, UnitProjection } from '../projection/projection.entities';
import { newRepair } from '../repair/repair.service';
import { createTicketIn } from '../ticket/ticket.changes';
import { RepairPriority } from '../ticket/ticket.enums';
import { VACANT_CLEANING_ITEMS, VacantCleaning } from './vacant-cleaning.entity';
import { RecordVacantCleaningInput } from './vacant-cleaning.inputs';
import { lastCleanings, occupancySpans } from './vacant-cleaning.queries';
import {
  cleaningStatus,
  vacancyOn,
  vacantCleaningProblems,
  vacantCleaningRound,
} from './vacant-cleaning.rules';
import { VacantCleaningList } from './vacant-cleaning.types';

/** Half-monthly cleaning of vacant units (空置房管理, R-TKT-16, 第4篇 12.2.13). */
export class VacantCleaningService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** The property's units vacant on `asOf` (default today) with when each is cleaned next. */
  async due(principal: Principal, propertyId: string, asOf?: string): Promise<VacantCleaningList> {
    if (asOf !== undefined && !isCalendarDate(asOf))
      throw validationFailed('asOf is YYYY-MM-DD', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const property = await em.findOne(PropertyProjection, { id: propertyId });
      if (!property) throw notFound('property');
      const date = asOf ?? dateIn(this.clock.now(), property.timeZone);
      const p = await policyValues(
        em,
        ['tickets.vacantCleaningIntervalDays', 'tickets.vacantCleaningBatchSize'],
        propertyId,
        date,
      );
      const intervalDays = Number(p['tickets.vacantCleaningIntervalDays']);
      const batchSize = Number(p['tickets.vacantCleaningBatchSize']);
      const units = await em.find(
        UnitProjection,
        { propertyId },
        { fields: ['id', 'building', 'number'], orderBy: { id: 'asc' } },
      );
      const spans = await occupancySpans(em, propertyId);
      const last = await lastCleanings(em, propertyId, date);
      const vacant = units.flatMap((u) => {
        const v = vacancyOn(spans.get(u.id) ?? [], date);
        if (!v.vacant) return [];
        return [
          {
            unitId: u.id,
            building: u.building,
            number: u.number,
            vacantSince: v.since,
            ...cleaningStatus(v.since, last.get(u.id) ?? null, date, intervalDays),
          },
        ];
      });
      const lines = vacantCleaningRound(vacant, batchSize);
      return {
        propertyId,
        asOf: date,
        intervalDays,
        batchSize,
        units: lines,
        vacant: lines.length,
        due: lines.filter((l) => l.due).length,
        overdue: lines.filter((l) => l.overdue).length,
      };
    }, principal);
  }

  /**
   * Records a cleaning of a unit vacant that day; each damage found opens a repair order in the
   * same transaction, so a refused repair (unknown price item) writes nothing at all.
   */
  async record(principal: Principal, input: RecordVacantCleaningInput): Promise<VacantCleaning> {
    if (!isUuid(input.unitId)) throw notFound('unit');
    const damages = input.damages ?? [];
    return this.db.tx(async (em) => {
      // The site filter scopes the projection: another site's or company's unit is not found.
      const unit = await em.findOne(UnitProjection, { id: input.unitId });
      if (!unit) throw notFound('unit');
      assertPropertyVisible(principal, unit.propertyId);
      const property = await em.findOne(PropertyProjection, { id: unit.propertyId });
      if (!property) throw notFound('property');
      const now = this.clock.now();
      const today = dateIn(now, property.timeZone);
      const cleanedOn = input.cleanedOn?.trim() ?? today;
      const problems = vacantCleaningProblems({ ...input, cleanedOn, today, damages });
      if (problems.length) throw validationFailed('cleaning is invalid', problems);
      const spans = (await occupancySpans(em, unit.propertyId, unit.id)).get(unit.id) ?? [];
      if (!vacancyOn(spans, cleanedOn).vacant)
        throw validationFailed('the unit is occupied', [
          { field: 'input.unitId', message: `occupied on ${cleanedOn}` },
        ]);
      if (await em.findOne(VacantCleaning, { unitId: unit.id, cleanedOn }, { fields: ['id'] }))
        throw duplicate(cleanedOn);
      const cleaning = em.create(VacantCleaning, {
        propertyId: unit.propertyId,
        unitId: unit.id,
        cleanedOn,
        itemsDone: VACANT_CLEANING_ITEMS.filter((i) => input.itemsDone.includes(i)),
        cleaner: input.cleaner?.trim() || null,
        note: input.note?.trim() || null,
        recordedBy: principal.actor.id ?? null,
        createdAt: now,
      });
      try {
        await em.flush();
      } catch (e) {
        // The same form sent twice at once: the second waits on the first's row, then fails here.
        if (e instanceof UniqueConstraintViolationException) throw duplicate(cleanedOn);
        throw e;
      }
      for (const d of damages) {
        const description = d.description.trim();
        const t = await createTicketIn(em, principal, unit.propertyId, (tem) =>
          newRepair(
            tem,
            principal,
            {
              propertyId: unit.propertyId,
              unitId: unit.id,
              description,
              priority: d.priority ?? RepairPriority.NORMAL,
              priceItemCode: d.priceItemCode,
              calledAt: now,
            },
            now,
          ),
        );
        cleaning.damages = [...cleaning.damages, { description, ticketId: t.id }];
      }
      await em.flush();
      return cleaning;
    }, principal);
  }
}

const duplicate = (cleanedOn: string) =>
  conflict('the unit’s cleaning of that day is already recorded', { cleanedOn });
