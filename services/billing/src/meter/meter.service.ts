import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { PageArgs, decodePage, notFound, toConnection, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock } from '@pm/time';
import { one, q } from '@pm/db';
import { findUnit } from '../projection/projection.consumers';
import { audit } from '../bill/bill.service';

export type MeterKind = 'WATER' | 'ELECTRICITY' | 'GAS';

/** Fewer past consumptions than this and there is no median worth comparing with. */
export const OUTLIER_MIN_HISTORY = 3;

export interface MeterReadingRow {
  id: string;
  unitId: string;
  propertyId: string;
  meter: MeterKind;
  reading: number;
  readAt: Date;
  consumption: number | null;
  status: 'ACCEPTED' | 'PENDING_CONFIRMATION';
  source: 'MANUAL' | 'HANDOVER';
  readerId: string | null;
}

const readingRow = (r: any): MeterReadingRow => ({
  id: r.id,
  unitId: r.unit_id,
  propertyId: r.property_id,
  meter: r.meter,
  reading: Number(r.reading),
  readAt: new Date(r.read_at),
  consumption: r.consumption == null ? null : Number(r.consumption),
  status: r.status,
  source: r.source,
  readerId: r.reader_id,
});

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Pure rule: is this consumption an outlier against the unit's history? */
export function isOutlier(consumption: number, history: number[], factor: number): boolean {
  if (history.length < OUTLIER_MIN_HISTORY) return false;
  const med = median(history);
  return med > 0 && consumption > factor * med;
}

export class MeterService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async record(
    p: Principal,
    input: { unitId: string; meter: MeterKind; reading: number; readAt: Date },
  ): Promise<MeterReadingRow & { outlier: boolean }> {
    const problems: { field: string; message: string }[] = [];
    if (!Number.isFinite(input.reading) || input.reading < 0 || input.reading >= 1e11)
      problems.push({ field: 'reading', message: 'a non-negative number' });
    if (
      Number.isNaN(input.readAt?.getTime()) ||
      input.readAt.getTime() > this.clock.now().getTime() + 5 * 60_000
    )
      problems.push({ field: 'readAt', message: 'a date-time not in the future' });
    if (problems.length) throw validationFailed('invalid meter reading', problems);
    const reading = Math.round(input.reading * 1000) / 1000;
    return this.db.tx(async (em) => {
      const unit = await findUnit(em, input.unitId);
      if (!unit || (p.propertyScope !== 'ALL' && !p.propertyScope.includes(unit.propertyId)))
        throw notFound('unit');
      // One writer per unit and meter at a time: the "lower than the last" check must see the last.
      await q(em, `select pg_advisory_xact_lock(hashtext(?))`, [`${unit.id}:${input.meter}`]);
      const at = input.readAt.toISOString();
      const prev = await one(
        em,
        `select reading, read_at from meter_readings where unit_id = ? and meter = ? and read_at <= ?::timestamptz
         order by read_at desc limit 1`,
        [unit.id, input.meter, at],
      );
      const next = await one(
        em,
        `select reading, read_at from meter_readings where unit_id = ? and meter = ? and read_at > ?::timestamptz
         order by read_at asc limit 1`,
        [unit.id, input.meter, at],
      );
      if (prev && reading < Number(prev.reading))
        throw validationFailed(`reading ${reading} is lower than the last reading ${Number(prev.reading)}`, [
          {
            field: 'reading',
            message: `lower than the last reading ${Number(prev.reading)} at ${new Date(prev.read_at).toISOString()}`,
          },
        ]);
      if (next && reading > Number(next.reading))
        throw validationFailed(
          `reading ${reading} is higher than the later reading ${Number(next.reading)}`,
          [{ field: 'reading', message: `higher than the later reading ${Number(next.reading)}` }],
        );
      const consumption = prev ? Math.round((reading - Number(prev.reading)) * 1000) / 1000 : null;
      const history = (
        await q(
          em,
          `select consumption from meter_readings where unit_id = ? and meter = ? and status = 'ACCEPTED'
             and consumption is not null and read_at < ?::timestamptz order by read_at desc limit 12`,
          [unit.id, input.meter, at],
        )
      ).map((r: any) => Number(r.consumption));
      // R-BIL-2: the outlier factor is the property's policy on the reading's date.
      const factor = await policyValue<number>(
        em,
        'billing.meterOutlierFactor',
        unit.propertyId,
        at.slice(0, 10),
      );
      const outlier = consumption != null && isOutlier(consumption, history, factor);
      const id = uuidv7();
      await q(
        em,
        `insert into meter_readings (id, tenant_id, property_id, unit_id, meter, reading, read_at, consumption, status, source, reader_id)
         values (?, app_current_tenant(), ?, ?, ?, ?, ?::timestamptz, ?, ?, 'MANUAL', ?)`,
        [
          id,
          unit.propertyId,
          unit.id,
          input.meter,
          String(reading),
          at,
          consumption == null ? null : String(consumption),
          outlier ? 'PENDING_CONFIRMATION' : 'ACCEPTED',
          p.actor.id ?? null,
        ],
      );
      return { ...(await this.byId(em, id))!, outlier };
    }, p);
  }

  /** An outlier held for confirmation counts for billing once confirmed. */
  async confirm(p: Principal, id: string): Promise<MeterReadingRow> {
    return this.db.tx(async (em) => {
      const r = await this.byId(em, id);
      if (!r || (p.propertyScope !== 'ALL' && !p.propertyScope.includes(r.propertyId)))
        throw notFound('meter reading');
      await q(em, `update meter_readings set status = 'ACCEPTED', confirmed_by = ? where id = ?`, [
        p.actor.id ?? null,
        id,
      ]);
      await audit(em, 'meter_reading', id, 'CONFIRMED', p);
      return (await this.byId(em, id))!;
    }, p);
  }

  async list(p: Principal, unitId: string, meter: MeterKind | null | undefined, page: PageArgs) {
    const { limit, afterId } = decodePage(page);
    return this.db.tx(async (em) => {
      const unit = await findUnit(em, unitId);
      if (!unit || (p.propertyScope !== 'ALL' && !p.propertyScope.includes(unit.propertyId)))
        return toConnection([], limit, 0);
      const cond = `unit_id = ?${meter ? ' and meter = ?' : ''}`;
      const params = meter ? [unitId, meter] : [unitId];
      const total = await one(em, `select count(*)::int as n from meter_readings where ${cond}`, params);
      const rows = await q(
        em,
        `select * from meter_readings where ${cond}${afterId ? ' and id > ?' : ''} order by id limit ?`,
        [...params, ...(afterId ? [afterId] : []), limit + 1],
      );
      return toConnection(rows.map(readingRow), limit, total.n);
    }, p);
  }

  private async byId(em: EntityManager, id: string) {
    const r = await one(em, 'select * from meter_readings where id = ?', [id]);
    return r ? readingRow(r) : null;
  }
}
