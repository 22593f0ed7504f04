import { Principal } from '@pm/auth';
import { Clock, dateIn } from '@pm/time';
import { propertyTimeZone } from '../projection/projection.service';
import { Database } from '@pm/db';
import { PageArgs, decodePage, notFound, toConnection, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { audit } from '../audit/audit.service';
import { findPage } from '../common/page';
import { findUnit, lockUnit } from '../projection/projection.service';
import { MeterReading } from './meter.entity';
import { MeterKind, ReadingSource, ReadingStatus, isOutlier } from './meter.rules';

/** Readings and consumptions are kept to three decimals (numeric(14, 3)). */
const milli = (x: number) => Math.round(x * 1000) / 1000;

export class MeterService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async record(
    p: Principal,
    input: { unitId: string; meter: MeterKind; reading: number; readAt: Date },
  ): Promise<MeterReading> {
    const problems: { field: string; message: string }[] = [];
    if (!Number.isFinite(input.reading) || input.reading < 0 || input.reading >= 1e11)
      problems.push({ field: 'reading', message: 'a non-negative number' });
    if (
      Number.isNaN(input.readAt?.getTime()) ||
      input.readAt.getTime() > this.clock.now().getTime() + 5 * 60_000
    )
      problems.push({ field: 'readAt', message: 'a date-time not in the future' });
    if (problems.length) throw validationFailed('invalid meter reading', problems);
    const reading = milli(input.reading);
    return this.db.tx(async (em) => {
      const unit = await lockUnit(em, input.unitId);
      if (!unit) throw notFound('unit');
      const same = { unitId: unit.id, meter: input.meter };
      const prev = await em.findOne(
        MeterReading,
        { ...same, readAt: { $lte: input.readAt } },
        { orderBy: { readAt: 'desc' } },
      );
      const next = await em.findOne(
        MeterReading,
        { ...same, readAt: { $gt: input.readAt } },
        { orderBy: { readAt: 'asc' } },
      );
      if (prev && reading < prev.reading)
        throw validationFailed(`reading ${reading} is lower than the last reading ${prev.reading}`, [
          {
            field: 'reading',
            message: `lower than the last reading ${prev.reading} at ${prev.readAt.toISOString()}`,
          },
        ]);
      if (next && reading > next.reading)
        throw validationFailed(`reading ${reading} is higher than the later reading ${next.reading}`, [
          { field: 'reading', message: `higher than the later reading ${next.reading}` },
        ]);
      const consumption = prev ? milli(reading - prev.reading) : null;
      const history = await em.find(
        MeterReading,
        {
          ...same,
          status: ReadingStatus.ACCEPTED,
          consumption: { $ne: null },
          readAt: { $lt: input.readAt },
        },
        { orderBy: { readAt: 'desc' }, limit: 12 },
      );
      // R-BIL-2: the outlier factor is the property's policy on the reading's date.
      const factor = await policyValue<number>(
        em,
        'billing.meterOutlierFactor',
        unit.propertyId,
        dateIn(input.readAt, await propertyTimeZone(em, unit.propertyId)),
      );
      const outlier =
        consumption != null &&
        isOutlier(
          consumption,
          history.map((h) => h.consumption!),
          factor,
        );
      return em.create(MeterReading, {
        propertyId: unit.propertyId,
        unitId: unit.id,
        meter: input.meter,
        reading,
        readAt: input.readAt,
        consumption,
        status: outlier ? ReadingStatus.PENDING_CONFIRMATION : ReadingStatus.ACCEPTED,
        source: ReadingSource.MANUAL,
        readerId: p.actor.id ?? null,
      });
    }, p);
  }

  /** An outlier held for confirmation counts for billing once confirmed. */
  async confirm(p: Principal, id: string): Promise<MeterReading> {
    return this.db.tx(async (em) => {
      const r = await em.findOne(MeterReading, id);
      if (!r) throw notFound('meter reading');
      r.status = ReadingStatus.ACCEPTED;
      r.confirmedBy = p.actor.id ?? null;
      audit(em, 'meter_reading', id, 'CONFIRMED', p);
      return r;
    }, p);
  }

  async list(p: Principal, unitId: string, meter: MeterKind | null | undefined, page: PageArgs) {
    return this.db.tx(async (em) => {
      const unit = await findUnit(em, unitId);
      if (!unit) return toConnection([], decodePage(page).limit, 0);
      return findPage(em, MeterReading, { unitId, ...(meter ? { meter } : {}) }, page);
    }, p);
  }
}
