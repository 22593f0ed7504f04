import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue, policyValues } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { findProperty, timeZoneOf, unitOfProperty } from '../property/property.service';
import { DuctCleaning, Shop, ShopContract, ShopInspection } from './shop-inspection.entity';
import {
  RecordDuctCleaningInput,
  RecordShopInspectionInput,
  RecordShopRectificationInput,
  RegisterShopContractInput,
  RegisterShopInput,
} from './shop-inspection.inputs';
import {
  complianceProblems,
  defaultRectificationDeadline,
  inspectionProblems,
  inspectionState,
  nextInspectionDue,
  rectificationOverdue,
} from './shop-inspection.rules';
import { ShopInspectionStatus } from './shop-inspection.types';

type Problem = { field: string; message: string };

const POLICY_KEYS = [
  'customers.shopInspectionMonthsFnb',
  'customers.shopInspectionMonthsOther',
  'customers.ductCleaningIntervalDays',
];

const dateProblems = (fields: Record<string, string | null | undefined>): Problem[] =>
  Object.entries(fields)
    .filter(([, v]) => v != null && !isCalendarDate(v))
    .map(([field]) => ({ field, message: 'YYYY-MM-DD' }));

/** Occupancies current on `date`: started by then and not ended before. */
const currentOn = (date: string) => ({
  startDate: { $lte: date },
  $or: [{ endDate: null }, { endDate: { $gte: date } }],
});

/** R-CUS-15: shop inspections (巡场), rectification, F&B contracts and duct cleaning (第6篇 4.3.2 d, e). */
export class ShopInspectionService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async today(em: EntityManager, propertyId: string): Promise<string> {
    return dateIn(this.clock.now(), await timeZoneOf(em, propertyId));
  }

  private async shop(em: EntityManager, id: string): Promise<Shop> {
    const shop = isUuid(id) ? await em.findOne(Shop, id) : null;
    if (!shop) throw notFound('shop');
    return shop;
  }

  customer(principal: Principal, id: string): Promise<Customer> {
    return this.db.tx((em) => em.findOneOrFail(Customer, id), principal);
  }

  /** A tenant is registered while it occupies the unit; the same tenant in the same unit once. */
  async register(principal: Principal, input: RegisterShopInput): Promise<Shop> {
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    try {
      return await this.db.tx(async (em) => {
        if (!(await findProperty(em, input.propertyId))) throw notFound('property');
        const unit = await unitOfProperty(em, input.unitId, input.propertyId);
        const customer = isUuid(input.customerId)
          ? await em.findOne(Customer, { id: input.customerId, propertyId: input.propertyId })
          : null;
        if (!customer)
          throw validationFailed('shop is invalid', [
            { field: 'customerId', message: 'not a customer of the property' },
          ]);
        const today = await this.today(em, input.propertyId);
        if (!(await em.count(Occupancy, { customerId: customer.id, unitId: unit.id, ...currentOn(today) })))
          throw validationFailed('shop is invalid', [
            { field: 'customerId', message: 'does not occupy the unit today' },
          ]);
        const shop = em.create(Shop, {
          propertyId: input.propertyId,
          unitId: unit.id,
          customerId: customer.id,
          foodAndBeverage: input.foodAndBeverage,
          registeredOn: today,
        });
        await em.flush();
        return shop;
      }, principal);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw conflict('the tenant is already registered as a shop in the unit');
      throw e;
    }
  }

  /** R-CUS-15: a failed inspection gets a rectification deadline, customers.rectificationDays by default. */
  async recordInspection(principal: Principal, input: RecordShopInspectionInput): Promise<ShopInspection> {
    const invalid = dateProblems({
      inspectedOn: input.inspectedOn,
      rectificationDeadline: input.rectificationDeadline,
    });
    if (invalid.length) throw validationFailed('inspection is invalid', invalid);
    return this.db.tx(async (em) => {
      const shop = await this.shop(em, input.shopId);
      const problems = inspectionProblems(input, await this.today(em, shop.propertyId));
      if (problems.length) throw validationFailed('inspection is invalid (R-CUS-15)', problems);
      let deadline: string | null = null;
      if (!input.passed) {
        const days = await policyValue<number>(
          em,
          'customers.rectificationDays',
          shop.propertyId,
          input.inspectedOn,
        );
        deadline = input.rectificationDeadline ?? defaultRectificationDeadline(input.inspectedOn, days);
      }
      return em.create(ShopInspection, {
        shopId: shop.id,
        propertyId: shop.propertyId,
        inspectedOn: input.inspectedOn,
        passed: input.passed,
        findings: input.findings?.trim() || null,
        rectificationDeadline: deadline,
        inspectedBy: actorId(),
      });
    }, principal);
  }

  async recordRectification(
    principal: Principal,
    input: RecordShopRectificationInput,
  ): Promise<ShopInspection> {
    if (!isCalendarDate(input.rectifiedOn))
      throw validationFailed('rectification is invalid', [{ field: 'rectifiedOn', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const i = isUuid(input.inspectionId)
        ? await em.findOne(ShopInspection, input.inspectionId, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!i) throw notFound('shop inspection');
      if (i.passed) throw conflict('a passed inspection has nothing to rectify');
      if (i.rectifiedOn)
        throw conflict('the rectification is already recorded', { rectifiedOn: i.rectifiedOn });
      if (input.rectifiedOn < i.inspectedOn || input.rectifiedOn > (await this.today(em, i.propertyId)))
        throw validationFailed('rectification is invalid', [
          { field: 'rectifiedOn', message: 'from the inspection to today' },
        ]);
      i.rectifiedOn = input.rectifiedOn;
      return i;
    }, principal);
  }

  async registerContract(principal: Principal, input: RegisterShopContractInput): Promise<ShopContract> {
    const contractor = input.contractor.trim();
    const problems = dateProblems({ validFrom: input.validFrom, validTo: input.validTo });
    if (!contractor || contractor.length > 200)
      problems.push({ field: 'contractor', message: '1–200 characters' });
    if (!problems.length && input.validTo < input.validFrom)
      problems.push({ field: 'validTo', message: 'not before validFrom' });
    if (problems.length) throw validationFailed('contract is invalid', problems);
    return this.db.tx(async (em) => {
      const shop = await this.shop(em, input.shopId);
      return em.create(ShopContract, {
        shopId: shop.id,
        propertyId: shop.propertyId,
        kind: input.kind,
        contractor,
        validFrom: input.validFrom,
        validTo: input.validTo,
      });
    }, principal);
  }

  async recordDuctCleaning(principal: Principal, input: RecordDuctCleaningInput): Promise<DuctCleaning> {
    const contractor = input.contractor?.trim() || null;
    const problems = dateProblems({ cleanedOn: input.cleanedOn });
    if (contractor && contractor.length > 200)
      problems.push({ field: 'contractor', message: 'at most 200 characters' });
    if (problems.length) throw validationFailed('duct cleaning is invalid', problems);
    return this.db.tx(async (em) => {
      const shop = await this.shop(em, input.shopId);
      if (input.cleanedOn > (await this.today(em, shop.propertyId)))
        throw validationFailed('duct cleaning is invalid', [
          { field: 'cleanedOn', message: 'not after today' },
        ]);
      return em.create(DuctCleaning, {
        shopId: shop.id,
        propertyId: shop.propertyId,
        cleanedOn: input.cleanedOn,
        contractor,
      });
    }, principal);
  }

  /**
   * R-CUS-15: every shop whose tenant occupies its unit on `asOf` (today in property time by
   * default), with its inspection state; those due or with problems first.
   */
  async due(principal: Principal, propertyId: string, asOf?: string | null): Promise<ShopInspectionStatus[]> {
    if (asOf != null && !isCalendarDate(asOf))
      throw validationFailed('asOf is invalid', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      if (!(await findProperty(em, propertyId))) throw notFound('property');
      const day = asOf ?? (await this.today(em, propertyId));
      const occupying = await em.find(
        Occupancy,
        { propertyId, ...currentOn(day) },
        { fields: ['customerId', 'unitId'] },
      );
      const occupied = new Set(occupying.map((o) => `${o.unitId}/${o.customerId}`));
      const shops = (
        await em.find(Shop, { propertyId, registeredOn: { $lte: day } }, { orderBy: { id: 'asc' } })
      ).filter((s) => occupied.has(`${s.unitId}/${s.customerId}`));
      if (!shops.length) return [];
      const ids = shops.map((s) => s.id);
      const [inspections, contracts, cleanings, policy] = await Promise.all([
        em.find(
          ShopInspection,
          { shopId: { $in: ids }, inspectedOn: { $lte: day } },
          { orderBy: { inspectedOn: 'asc', id: 'asc' } },
        ),
        em.find(ShopContract, { shopId: { $in: ids } }),
        em.find(
          DuctCleaning,
          { shopId: { $in: ids }, cleanedOn: { $lte: day } },
          { orderBy: { cleanedOn: 'asc' } },
        ),
        policyValues(em, POLICY_KEYS, propertyId, day),
      ]);
      const p = {
        monthsFnb: Number(policy['customers.shopInspectionMonthsFnb']),
        monthsOther: Number(policy['customers.shopInspectionMonthsOther']),
        ductCleaningIntervalDays: Number(policy['customers.ductCleaningIntervalDays']),
      };
      const rows = shops.map((shop) => {
        const own = inspections.filter((i) => i.shopId === shop.id);
        const lastInspectedOn = own.at(-1)?.inspectedOn ?? null;
        const nextDueOn = nextInspectionDue(lastInspectedOn, shop.registeredOn, shop.foodAndBeverage, p);
        const open = own.filter((i) => !i.passed && !(i.rectifiedOn && i.rectifiedOn <= day));
        const lastDuctCleanedOn = cleanings.filter((c) => c.shopId === shop.id).at(-1)?.cleanedOn ?? null;
        return {
          shop,
          cycleMonths: shop.foodAndBeverage ? p.monthsFnb : p.monthsOther,
          lastInspectedOn,
          nextDueOn,
          ...inspectionState(nextDueOn, day),
          openRectifications: open,
          rectificationOverdue: open.some((i) => rectificationOverdue(i.rectificationDeadline, day)),
          lastDuctCleanedOn,
          problems: shop.foodAndBeverage
            ? complianceProblems(
                contracts.filter((c) => c.shopId === shop.id),
                lastDuctCleanedOn,
                day,
                p.ductCleaningIntervalDays,
              )
            : [],
        };
      });
      const attention = (r: ShopInspectionStatus) =>
        r.due || r.rectificationOverdue || r.problems.length > 0 ? 0 : 1;
      return rows.sort((a, b) => attention(a) - attention(b) || a.nextDueOn.localeCompare(b.nextDueOn));
    }, principal);
  }
}
