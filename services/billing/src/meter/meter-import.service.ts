import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import {
  ImportFileInput,
  ReportLanguage,
  assertPropertyVisible,
  importRefused,
  isSheetError,
  notFound,
  validationFailed,
} from '@pm/graphql';
import { policyValuesOn } from '@pm/policy';
import { DateTimeCell, Sheet, decodeBase64File, mapHeader, readSheet, sheetOfText } from '@pm/spreadsheets';
import { Clock, dateIn, instantAt } from '@pm/time';
import { PropertyProjection, UnitProjection } from '../projection/projection.entity';
import { MeterReading } from './meter.entity';
import { ReadingSource, ReadingStatus } from './meter.rules';
import { METER_READING_COLUMNS, KnownReading, parseReadings, planReadings } from './meter-import.rules';
import { MeterReadingImport } from './meter-import.types';

/** Values per `in (…)` look-up. */
const LOOKUP = 1000;
const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

export interface MeterImportSource {
  file?: ImportFileInput | null;
  csv?: string | null;
}

export class MeterImportService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /**
   * Readings of one property from a sheet, in one transaction: every row is checked (against the
   * file and the readings already recorded) before any is written, and one bad row writes none.
   * The same file again writes nothing (unit + meter + time is the natural key). Statements: a
   * few look-ups of 1,000 ids, one policy read, one multi-row insert per 1,000 readings.
   */
  async run(
    p: Principal,
    propertyId: string,
    source: MeterImportSource,
    language?: ReportLanguage | null,
  ): Promise<MeterReadingImport> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(p, propertyId);
    const refuse = (problems: Parameters<typeof importRefused>[0]) =>
      importRefused(problems, METER_READING_COLUMNS, language);
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
    const header = mapHeader(sheet.header, METER_READING_COLUMNS);
    if (header.problems.length)
      throw refuse(header.problems.map((h) => ({ row: 1, column: h.column, code: h.code })));
    return this.db.tx(async (em) => {
      const property = await em.findOne(PropertyProjection, propertyId);
      if (!property) throw notFound('property');
      const timeZone = property.timeZone;
      const units = await em.find(
        UnitProjection,
        { propertyId },
        { fields: ['id', 'building', 'number'], disableIdentityMap: true },
      );
      const toInstant = (c: DateTimeCell) =>
        c.zoned ? c.at : new Date(instantAt(c.date, timeZone, c.minuteOfDay).getTime() + c.second * 1000);
      const parsed = parseReadings(
        sheet.rows,
        header.index,
        new Map(units.map((u) => [`${u.building}\u0000${u.number}`, u.id])),
        toInstant,
        this.clock.now(),
      );
      const result = (o: Partial<MeterReadingImport>): MeterReadingImport =>
        Object.assign(new MeterReadingImport(), {
          total: sheet.rows.length,
          created: 0,
          unchanged: 0,
          pendingConfirmation: 0,
          problemList: [],
          ...o,
        });
      if (parsed.problems.length) return result({ status: 'REJECTED', problemList: parsed.problems });
      // Every reading already recorded for the meters of the file's units (the series they join).
      const known: KnownReading[] = [];
      const unitIds = [...new Set(parsed.readings.map((r) => r.unitId))];
      for (const part of chunks(unitIds, LOOKUP))
        for (const r of await em.find(
          MeterReading,
          { unitId: { $in: part } },
          {
            fields: ['unitId', 'meter', 'reading', 'readAt', 'consumption', 'status'],
            disableIdentityMap: true,
          },
        ))
          known.push({
            unitId: r.unitId,
            meter: r.meter,
            reading: Number(r.reading),
            readAt: r.readAt,
            consumption: r.consumption == null ? null : Number(r.consumption),
            accepted: r.status === ReadingStatus.ACCEPTED,
          });
      // R-BIL-2: the outlier factor is the property's policy on each reading's date.
      const dates = [...new Set(parsed.readings.map((r) => dateIn(r.readAt, timeZone)))];
      const values = await policyValuesOn(em, ['billing.meterOutlierFactor'], propertyId, dates);
      const factors = new Map(dates.map((d, i) => [d, values[i]['billing.meterOutlierFactor'] as number]));
      const plan = planReadings(parsed.readings, known, (r) => factors.get(dateIn(r.readAt, timeZone))!);
      if (plan.problems.length) return result({ status: 'REJECTED', problemList: plan.problems });
      for (const part of chunks(plan.planned, LOOKUP)) {
        for (const r of part)
          em.create(MeterReading, {
            propertyId,
            unitId: r.unitId,
            meter: r.meter,
            reading: r.reading,
            readAt: r.readAt,
            consumption: r.consumption,
            status: r.outlier ? ReadingStatus.PENDING_CONFIRMATION : ReadingStatus.ACCEPTED,
            source: ReadingSource.MANUAL,
            readerId: p.actor.id ?? null,
          });
        await em.flush();
        em.clear();
      }
      return result({
        status: 'DONE',
        created: plan.planned.length,
        unchanged: plan.unchanged,
        pendingConfirmation: plan.planned.filter((r) => r.outlier).length,
      });
    }, p);
  }
}
