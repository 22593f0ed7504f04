import { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import { Migration } from '@mikro-orm/migrations';
import { MissingTenantContextError, TenantContext, requireTenant, runWithTenant } from '@pm/tenant-context';
import { TenantStamp } from './tenant-entity';

export const TENANT_FILTER = 'tenant';
export const SITE_FILTER = 'site';

/**
 * The column an entity is scoped to a property (site) by: `propertyId` where it has one, or
 * what the class names in `static siteKey` (a Property itself: `'id'`).
 */
function siteKeyOf(meta: EntityMeta): string | undefined {
  const declared = (meta.class as { siteKey?: string }).siteKey;
  if (declared) return declared;
  return meta.properties.propertyId ? 'propertyId' : undefined;
}

type EntityMeta = { class: unknown; properties: Record<string, unknown> };

/** A default-on filter whose condition depends on the entity's metadata and the fork's params. */
function entityFilter<A>(cond: (meta: EntityMeta, args: A | undefined) => object) {
  return {
    args: false,
    default: true,
    cond: (args: A | undefined, _type: string, em: EntityManager, _o: unknown, entityName: string) => {
      const meta = em.getMetadata().find(entityName);
      return meta ? cond(meta as unknown as EntityMeta, args) : {};
    },
  };
}

export interface DbOptions {
  clientUrl: string;
  entities: Options['entities'];
  migrations?: { name: string; class: new (...args: any[]) => Migration }[];
  debug?: boolean;
  poolMax?: number;
  /** Each statement of a transaction is cancelled after this (PostgreSQL `statement_timeout`). */
  statementTimeoutMs?: number;
}

/** Requests read a page of rows by index: anything near this is a runaway, not a slow query. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

export function ormOptions(o: DbOptions): Options {
  return {
    clientUrl: o.clientUrl,
    entities: o.entities,
    discovery: { warnWhenNoEntities: false },
    subscribers: [new TenantStamp()],
    allowGlobalContext: false,
    debug: o.debug ?? false,
    pool: { min: 0, max: o.poolMax ?? 10 },
    filters: {
      // One filter for every entity: tenant-owned ones (those with a tenantId) get the
      // condition; a query on them without a tenant context fails instead of seeing all.
      [TENANT_FILTER]: entityFilter<{ tenantId?: string }>((meta, args) => {
        if (!meta.properties.tenantId) return {};
        if (!args?.tenantId) throw new MissingTenantContextError();
        return { tenantId: args.tenantId };
      }),
      // Site staff see their properties only (architecture §5): a query cannot forget the scope.
      // Writes are checked by reading the target first, which this filter already scopes.
      // A row with no property (a company-wide value) belongs to every site of the company.
      [SITE_FILTER]: entityFilter<{ scope?: string[] | 'ALL' }>((meta, args) => {
        const key = siteKeyOf(meta);
        if (!key) return {};
        if (!args?.scope) throw new MissingTenantContextError();
        if (args.scope === 'ALL') return {};
        const inScope = { [key]: { $in: args.scope } };
        return (meta.properties[key] as { nullable?: boolean }).nullable
          ? { $or: [inScope, { [key]: null }] }
          : inScope;
      }),
    },
    migrations: {
      migrationsList: o.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
  } as Options;
}

/**
 * The one way handlers reach the database: a forked entity manager per unit of work,
 * the tenant filter set on it, and `SET LOCAL app.tenant_id` in the same transaction so
 * row-level security holds even for raw SQL.
 */
export class Database {
  private readonly timeout: string;

  constructor(
    readonly orm: MikroORM,
    statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
  ) {
    this.timeout = `${statementTimeoutMs}ms`;
  }

  static async connect(o: DbOptions): Promise<Database> {
    return new Database(await MikroORM.init(ormOptions(o)), o.statementTimeoutMs);
  }

  /**
   * The tenant and the statement timeout are set in one statement, both LOCAL: they end with the
   * transaction, so a pooled connection never carries them to the next request.
   */
  async tx<T>(fn: (em: EntityManager) => Promise<T>, ctx: TenantContext = requireTenant()): Promise<T> {
    const em = this.orm.em.fork({ clear: true });
    em.setFilterParams(TENANT_FILTER, { tenantId: ctx.tenantId });
    em.setFilterParams(SITE_FILTER, { scope: ctx.propertyScope });
    // The ambient context is the one given, so inserts are stamped with the same tenant.
    return runWithTenant(ctx, () =>
      em.transactional(async (tem) => {
        await tem.execute(
          `select set_config('app.tenant_id', ?, true), set_config('statement_timeout', ?, true)`,
          [ctx.tenantId, this.timeout],
        );
        return fn(tem);
      }),
    );
  }

  /** For platform-level tables (no tenant_id), e.g. the tenant registry. */
  async platformTx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork({ clear: true }).transactional(async (tem) => {
      await tem.execute(`select set_config('statement_timeout', ?, true)`, [this.timeout]);
      return fn(tem);
    });
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }
}
