import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Clock } from '@pm/time';
import { PropertyProjection } from '../projection/projection.entities';
import { DEFAULT_PRICE_LIST, PriceItem } from './price.entity';

export class PriceService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** The current items of a property, seeding the defaults on first use (idempotent under races). */
  static async current(em: EntityManager, propertyId: string, now: Date): Promise<PriceItem[]> {
    let rows = await em.find(PriceItem, { propertyId, validTo: null }, { orderBy: { code: 'asc' } });
    if (rows.length) return rows;
    const any = await em.count(PriceItem, { propertyId });
    if (any) return rows;
    await em.upsertMany(
      PriceItem,
      DEFAULT_PRICE_LIST.map((d) => ({
        id: uuidv7(now.getTime()),
        propertyId,
        code: d.code,
        name: d.name,
        priceFen: d.priceFen,
        version: 1,
        validFrom: now,
      })),
      { onConflictFields: ['tenantId', 'propertyId', 'code', 'version'], onConflictAction: 'ignore' },
    );
    rows = await em.find(
      PriceItem,
      { propertyId, validTo: null },
      { orderBy: { code: 'asc' }, refresh: true },
    );
    return rows;
  }

  async list(principal: Principal, propertyId: string): Promise<PriceItem[]> {
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: propertyId }))) throw notFound('property');
      return PriceService.current(em, propertyId, this.clock.now());
    }, principal);
  }

  /** A new version of an item; the old one stays for the orders done at its price. */
  async upsert(
    principal: Principal,
    input: { propertyId: string; code: string; name: string; priceFen: number },
  ): Promise<PriceItem> {
    assertPropertyVisible(principal, input.propertyId);
    const problems = [];
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z0-9_-]{1,40}$/.test(code))
      problems.push({ field: 'code', message: 'A–Z, 0–9, _ or -, up to 40' });
    if (!input.name.trim()) problems.push({ field: 'name', message: 'required' });
    if (!Number.isInteger(input.priceFen) || input.priceFen < 0)
      problems.push({ field: 'priceFen', message: 'a non-negative integer of fen' });
    if (problems.length) throw validationFailed('price item is invalid', problems);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: input.propertyId }))) throw notFound('property');
      const now = this.clock.now();
      await PriceService.current(em, input.propertyId, now);
      const old = await em.findOne(PriceItem, { propertyId: input.propertyId, code, validTo: null });
      if (old) {
        old.validTo = now;
        await em.flush();
      }
      const item = em.create(PriceItem, {
        propertyId: input.propertyId,
        code,
        name: input.name.trim(),
        priceFen: input.priceFen,
        version: (old?.version ?? 0) + 1,
        validFrom: now,
        createdAt: now,
      });
      await em.flush();
      return item;
    }, principal);
  }
}
