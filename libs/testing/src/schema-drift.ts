import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions, DbOptions } from '@pm/db';

/**
 * The DDL MikroORM would run to make the migrated database match the entities; empty when
 * entities and migrations agree. Tables no entity maps (outbox, inbox, migrations) are left
 * alone; a missing or extra column, index or foreign key on a mapped table shows up.
 */
export async function entitySchemaDrift(clientUrl: string, entities: DbOptions['entities']): Promise<string> {
  const orm = await MikroORM.init(ormOptions({ clientUrl, entities }));
  try {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, dropTables: false });
    return sql.trim();
  } finally {
    await orm.close(true);
  }
}
