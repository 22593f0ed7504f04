import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Principal } from '@pm/auth';
import {
  ConnectionShape,
  PageArgs,
  conflict,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { Property } from '../property/property.entity';

import { Unit } from './unit.entity';
import { CreateUnitInput } from './unit.inputs';

export class UnitService {
  constructor(private db: Database) {}

  async create(principal: Principal, input: CreateUnitInput): Promise<Unit> {
    const building = input.building.trim();
    const number = input.number.trim();
    const problems = [];
    if (!building || building.length > 50)
      problems.push({ field: 'building', message: 'must be 1–50 characters' });
    if (!number || number.length > 50) problems.push({ field: 'number', message: 'must be 1–50 characters' });
    if (!(Number.isFinite(input.areaSqm) && input.areaSqm > 0 && input.areaSqm < 1_000_000))
      problems.push({ field: 'areaSqm', message: 'must be a positive area in m²' });
    if (problems.length) throw validationFailed('unit is invalid', problems);
    try {
      return await this.db.tx(async (em) => {
        const property = await em.findOne(Property, { id: input.propertyId });
        if (!property) throw notFound('property');
        const unit = em.create(Unit, {
          property,
          building,
          number,
          areaSqm: Math.round(input.areaSqm * 100) / 100,
          kind: input.kind,
        });
        await em.flush();
        await publishInTx(em, Events.unitCreated, {
          unitId: unit.id,
          propertyId: property.id,
          building,
          number,
          areaSqm: unit.areaSqm,
          kind: unit.kind,
        });
        return unit;
      }, principal);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw conflict(`unit ${building}-${number} already exists in this property`);
      throw e;
    }
  }

  async listForProperty(propertyId: string, page: PageArgs): Promise<ConnectionShape<Unit>> {
    const { limit, afterId } = decodePage(page);
    return this.db.tx(async (em) => {
      const where = { property: propertyId, ...(afterId ? { id: { $gt: afterId } } : {}) };
      const rows = await em.find(Unit, where, { orderBy: { id: 'asc' }, limit: limit + 1 });
      return toConnection(rows, limit, await em.count(Unit, { property: propertyId }));
    });
  }

  static byIds(em: EntityManager, ids: readonly string[]): Promise<Unit[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? em.find(Unit, { id: { $in: valid } }) : Promise.resolve([]);
  }
}
