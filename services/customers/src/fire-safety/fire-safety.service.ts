import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { JobHandler, scheduleSingleton } from '@pm/jobs';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { LetterTemplate } from '../letter/letter.entity';
import { fillPlaceholders } from '../letter/letter.rules';
import { insertNotice } from '../notice/notice.service';
import { Occupancy } from '../occupancy/occupancy.entity';
import { findProperty, timeZoneOf, unitOfProperty } from '../property/property.service';
import { FireSafetyFinding, FireSafetyInspection } from './fire-safety.entity';
import { FireSafetyFindingInput } from './fire-safety.inputs';
import { InspectionFrequency, inspectionCycle, nextInspectionRun } from './fire-safety.rules';

/** R-CUS-9: creates a property's fire-safety inspection of the cycle, then moves to the next cycle. */
export const FIRE_SAFETY_INSPECTION_JOB = 'customers.fire-safety-inspection';

/** Used when the company has no RECTIFICATION template yet. */
const DEFAULT_RECTIFICATION = {
  title: '整改通知 {unit}',
  body: '{customerName}：{propertyName}消防安全检查发现 {unit}：{finding}。请于收函后尽快整改并告知管理处。{date}',
};

const frequencyAt = (em: EntityManager, propertyId: string, date: string) =>
  policyValue<InspectionFrequency>(em, 'customers.fireSafetyInspectionFrequency', propertyId, date);

/** Arms a property's inspection cycle: one pending job per property, first run at `runAt`. */
export async function armFireSafetyInspections(
  em: EntityManager,
  propertyId: string,
  runAt: Date,
): Promise<void> {
  await scheduleSingleton(em, `fire-safety:${propertyId}`, FIRE_SAFETY_INSPECTION_JOB, runAt, { propertyId });
}

/**
 * The inspection of the cycle the job runs in (property time, frequency from the policy that day);
 * a late run creates the current cycle's, and a run repeated after a failure finds it made.
 */
export function fireSafetyInspectionJob(): JobHandler {
  return async (em, { propertyId }, job) => {
    const timeZone = await timeZoneOf(em, propertyId);
    const today = dateIn(job.now, timeZone);
    const frequency = await frequencyAt(em, propertyId, today);
    const { period } = inspectionCycle(today, frequency);
    if (!(await em.findOne(FireSafetyInspection, { propertyId, period })))
      em.create(FireSafetyInspection, { propertyId, period });
    return { rerunAt: nextInspectionRun(job.now, timeZone, frequency) };
  };
}

export class FireSafetyService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(principal: Principal, propertyId: string): Promise<FireSafetyInspection[]> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(
      (em) => em.find(FireSafetyInspection, { propertyId }, { orderBy: { period: 'desc' } }),
      principal,
    );
  }

  get(principal: Principal, id: string): Promise<FireSafetyInspection | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db.tx((em) => em.findOne(FireSafetyInspection, id), principal);
  }

  findings(principal: Principal, inspectionId: string): Promise<FireSafetyFinding[]> {
    return this.db.tx(
      (em) => em.find(FireSafetyFinding, { inspection: inspectionId }, { orderBy: { id: 'asc' } }),
      principal,
    );
  }

  private async open(em: EntityManager, id: string): Promise<FireSafetyInspection> {
    const i = isUuid(id)
      ? await em.findOne(FireSafetyInspection, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!i) throw notFound('fire-safety inspection');
    if (i.status !== 'OPEN') throw conflict(`inspection is ${i.status}`);
    return i;
  }

  /**
   * A finding of an open inspection; one that needs rectification drafts a rectification letter
   * to the unit's customer, which is approved, sent and signed for like any letter.
   */
  async recordFinding(principal: Principal, input: FireSafetyFindingInput): Promise<FireSafetyFinding> {
    if (!input.description.trim())
      throw validationFailed('finding is invalid', [{ field: 'description', message: 'required' }]);
    return this.db.tx(async (em) => {
      const inspection = await this.open(em, input.inspectionId);
      const unit = await unitOfProperty(em, input.unitId, inspection.propertyId);
      const finding = em.create(FireSafetyFinding, {
        inspection,
        propertyId: inspection.propertyId,
        unitId: unit.id,
        description: input.description.trim(),
        needsRectification: input.needsRectification,
        recordedBy: actorId(),
      });
      if (!input.needsRectification) return finding;
      const now = this.clock.now();
      const today = dateIn(now, await timeZoneOf(em, inspection.propertyId));
      // The one living there: the latest current occupancy (a lessee's after the owner's).
      const [holder] = await em.find(
        Occupancy,
        {
          unitId: unit.id,
          startDate: { $lte: today },
          $or: [{ endDate: null }, { endDate: { $gte: today } }],
        },
        { orderBy: { startDate: 'desc', id: 'desc' }, limit: 1 },
      );
      if (!holder) return finding;
      const [template] = await em.find(
        LetterTemplate,
        { kind: 'RECTIFICATION' },
        { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: 1 },
      );
      const known = {
        unit: `${unit.building}-${unit.number}`,
        propertyName: (await findProperty(em, inspection.propertyId))?.name ?? '',
        finding: finding.description,
      };
      const text = template ?? DEFAULT_RECTIFICATION;
      const notice = insertNotice(em, {
        propertyId: inspection.propertyId,
        kind: 'RECTIFICATION',
        title: fillPlaceholders(text.title, known),
        body: fillPlaceholders(text.body, known),
        status: 'DRAFT',
        customerIds: [],
        at: now,
      });
      notice.templateId = template?.id ?? null;
      em.assign(finding, { customerId: holder.customerId, noticeId: notice.id });
      return finding;
    }, principal);
  }

  async complete(principal: Principal, id: string): Promise<FireSafetyInspection> {
    return this.db.tx(async (em) => {
      const i = await this.open(em, id);
      return em.assign(i, { status: 'DONE', completedAt: this.clock.now() });
    }, principal);
  }
}
