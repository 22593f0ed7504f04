import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database, actorId, uuidv7 } from '@pm/db';
import { publishManyInTx } from '@pm/events';
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
import { Clock, dateIn } from '@pm/time';
import { visibleCustomer } from '../customer/customer.service';
import { CustomerKind } from '../customer/customer.types';
import { timeZoneOf, unitOfProperty } from '../property/property.service';
import { UnitHandover } from './handover.entity';
import { HouseholdFormInput, SignHandoverInput } from './handover.inputs';
import { KeyAction, householdProblems, keyProblems, keySplit } from './handover.rules';

const openDefects = (h: UnitHandover) => h.defects.filter((d) => !d.fixedAt).length;

/** The move-in handover: defect list signed by both sides, key register, household form (R-CUS-12). */
export class HandoverService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async locked(em: EntityManager, id: string): Promise<UnitHandover> {
    const h = isUuid(id)
      ? await em.findOne(UnitHandover, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!h) throw notFound('handover');
    return h;
  }

  /**
   * R-CUS-12: the unit inspected with the customer; the defect list and the keys are signed by both
   * sides at once, so neither exists half-signed. Each defect goes to engineering as
   * handover.defect_recorded; while any is open the policy number of entry-door keys is kept back.
   */
  async sign(principal: Principal, input: SignHandoverInput): Promise<UnitHandover> {
    const keys = input.keys.map((k) => ({ label: k.label.trim(), quantity: k.quantity }));
    const defects = input.defects.map((d) => ({
      location: d.location.trim(),
      description: d.description.trim(),
    }));
    const signature = input.customerSignature.trim();
    const problems = [
      ...keyProblems(keys),
      ...(defects.length > 100 ? [{ field: 'defects', message: 'at most 100' }] : []),
      ...(defects.some(
        (d) => !d.location || d.location.length > 100 || !d.description || d.description.length > 200,
      )
        ? [{ field: 'defects', message: 'each with a location (≤ 100) and a description (≤ 200)' }]
        : []),
      ...(!signature || signature.length > 50
        ? [{ field: 'customerSignature', message: '1..50 characters' }]
        : []),
    ];
    if (problems.length) throw validationFailed('handover is invalid (R-CUS-12)', problems);
    return this.db.tx(async (em) => {
      const c = await visibleCustomer(em, input.customerId);
      if (c.kind === CustomerKind.EXTERNAL)
        throw validationFailed('external customers do not take over units', [
          { field: 'customerId', message: 'EXTERNAL' },
        ]);
      await unitOfProperty(em, input.unitId, c.propertyId);
      const earlier = await em.findOne(UnitHandover, { customerId: c.id, unitId: input.unitId });
      if (earlier)
        throw conflict('the unit was already handed over to this customer', { handoverId: earlier.id });
      const now = this.clock.now();
      const today = dateIn(now, await timeZoneOf(em, c.propertyId));
      const retain = await policyValue<number>(
        em,
        'customers.keysRetainedWhileDefectsOpen',
        c.propertyId,
        today,
      );
      const by = actorId() ?? 'system';
      const register = keySplit(keys, defects.length > 0, retain).flatMap((k) => [
        { label: k.label, quantity: k.issued, action: KeyAction.ISSUED, at: now, by, receivedBy: signature },
        ...(k.retained
          ? [
              {
                label: k.label,
                quantity: k.retained,
                action: KeyAction.RETAINED,
                at: now,
                by,
                receivedBy: null,
              },
            ]
          : []),
      ]);
      const h = em.create(UnitHandover, {
        propertyId: c.propertyId,
        unitId: input.unitId,
        customerId: c.id,
        inspectedOn: today,
        defects: defects.map((d) => ({ id: uuidv7(), ...d, fixedAt: null })),
        customerSignature: signature,
        staffSignature: by,
        signedAt: now,
        keyRegister: register,
      });
      await em.flush();
      await publishManyInTx(
        em,
        Events.handoverDefectRecorded,
        h.defects.map((d) => ({
          handoverId: h.id,
          defectId: d.id,
          customerId: c.id,
          unitId: h.unitId,
          propertyId: h.propertyId,
          location: d.location,
          description: d.description,
        })),
      );
      return h;
    }, principal);
  }

  /** Engineering's follow-up closed a defect (fed back by staff). */
  async fixDefect(principal: Principal, id: string, defectId: string): Promise<UnitHandover> {
    return this.db.tx(async (em) => {
      const h = await this.locked(em, id);
      const d = h.defects.find((x) => x.id === defectId);
      if (!d) throw notFound('defect');
      if (d.fixedAt) throw conflict('the defect is already fixed', { fixedAt: d.fixedAt });
      const now = this.clock.now();
      h.defects = h.defects.map((x) => (x.id === defectId ? { ...x, fixedAt: now } : x));
      await em.flush();
      return h;
    }, principal);
  }

  /** R-CUS-12: the keys kept back go to the customer once every defect is fixed. */
  async releaseKeys(principal: Principal, id: string, receivedBy: string): Promise<UnitHandover> {
    const name = receivedBy.trim();
    if (!name || name.length > 50)
      throw validationFailed('who received the keys is required', [
        { field: 'receivedBy', message: '1..50 characters' },
      ]);
    return this.db.tx(async (em) => {
      const h = await this.locked(em, id);
      if (openDefects(h))
        throw conflict('keys stay kept back while defects are open (R-CUS-12)', { open: openDefects(h) });
      const held = new Map<string, number>();
      for (const l of h.keyRegister) {
        const sign = l.action === KeyAction.RETAINED ? 1 : l.action === KeyAction.RELEASED ? -1 : 0;
        held.set(l.label, (held.get(l.label) ?? 0) + sign * l.quantity);
      }
      const lines = [...held].filter(([, n]) => n > 0);
      if (!lines.length) throw conflict('no keys are kept back');
      const now = this.clock.now();
      const by = actorId() ?? 'system';
      h.keyRegister = [
        ...h.keyRegister,
        ...lines.map(([label, quantity]) => ({
          label,
          quantity,
          action: KeyAction.RELEASED,
          at: now,
          by,
          receivedBy: name,
        })),
      ];
      await em.flush();
      return h;
    }, principal);
  }

  /** R-CUS-12: the household information form, complete, kept with the handover (5.8.5). */
  async submitHouseholdForm(principal: Principal, input: HouseholdFormInput): Promise<UnitHandover> {
    const form = {
      members: input.members.map((m) => ({
        name: m.name.trim(),
        relation: m.relation.trim(),
        phone: m.phone?.trim() || null,
      })),
      emergencyContact: input.emergencyContact.trim(),
      emergencyPhone: input.emergencyPhone.trim(),
      vehicles: (input.vehicles ?? []).map((v) => v.trim()).filter(Boolean),
    };
    const problems = householdProblems(form);
    if (form.vehicles.length > 10 || form.vehicles.some((v) => v.length > 20))
      problems.push({ field: 'vehicles', message: 'at most 10 plates of ≤ 20 characters' });
    if (problems.length) throw validationFailed('household form is incomplete (R-CUS-12)', problems);
    return this.db.tx(async (em) => {
      const h = await this.locked(em, input.handoverId);
      h.householdForm = { ...form, submittedAt: this.clock.now() };
      await em.flush();
      return h;
    }, principal);
  }

  /** Handovers of a property, oldest first. */
  async list(
    principal: Principal,
    propertyId: string,
    page: PageArgs,
  ): Promise<ConnectionShape<UnitHandover>> {
    const { limit, afterId } = decodePage(page);
    if (!isUuid(propertyId)) return toConnection([], limit, 0);
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const where = { propertyId };
      const rows = await em.find(UnitHandover, afterId ? { ...where, id: { $gt: afterId } } : where, {
        orderBy: { id: 'asc' },
        limit: limit + 1,
      });
      return toConnection(rows, limit, await em.count(UnitHandover, where));
    }, principal);
  }
}
