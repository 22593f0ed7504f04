import { DEFAULT_TIME_ZONE } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Principal } from '@pm/auth';
import { ConnectionShape, PageArgs, decodePage, toConnection, validationFailed } from '@pm/graphql';
import { Property } from './property.entity';
import { CreatePropertyInput } from './property.inputs';

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export class PropertyService {
  constructor(private db: Database) {}

  async create(input: CreatePropertyInput): Promise<Property> {
    const name = input.name.trim();
    const timeZone = input.timeZone?.trim() || DEFAULT_TIME_ZONE;
    const problems = [];
    if (name.length < 1 || name.length > 200)
      problems.push({ field: 'name', message: 'must be 1–200 characters' });
    if (!isTimeZone(timeZone))
      problems.push({ field: 'timeZone', message: `unknown time zone "${timeZone}"` });
    if (problems.length) throw validationFailed('property is invalid', problems);
    return this.db.tx(async (em) => {
      const p = em.create(Property, {
        name,
        kind: input.kind,
        address: input.address?.trim() || undefined,
        timeZone,
      });
      await em.flush();
      await publishInTx(em, Events.propertyCreated, {
        propertyId: p.id,
        name,
        kind: p.kind,
        timeZone,
        address: p.address,
      });
      return p;
    });
  }

  /** Out-of-scope and other tenants' properties answer null alike (tenant and site filters). */
  async get(principal: Principal, id: string): Promise<Property | null> {
    return this.db.tx((em) => em.findOne(Property, { id }), principal);
  }

  async list(principal: Principal, page: PageArgs): Promise<ConnectionShape<Property>> {
    const { limit, afterId } = decodePage(page);
    const rows = await this.db.tx(
      (em) =>
        em.find(Property, afterId ? { id: { $gt: afterId } } : {}, {
          orderBy: { id: 'asc' },
          limit: limit + 1,
        }),
      principal,
    );
    // A first page that holds every property is its own count (the HQ dashboard's page of 50);
    // otherwise the count is a statement of its own, run only when the client asks for it.
    const total =
      !afterId && rows.length <= limit
        ? rows.length
        : () => this.db.tx((em) => em.count(Property, {}), principal);
    return toConnection(rows, limit, total);
  }

  /** `_entities` batch: one statement for every Property reference in the call. */
  static byIds(em: EntityManager, ids: readonly string[]): Promise<Property[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? em.find(Property, { id: { $in: valid } }) : Promise.resolve([]);
  }
}
