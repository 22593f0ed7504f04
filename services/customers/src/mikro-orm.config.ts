import { Migration20261201000000 } from './migrations/Migration20261201000000';

/**
 * No ORM entities: this service reaches its tables with SQL through `Database.tx` (RLS via
 * SET LOCAL, tenant id stamped from the context), because personal fields are encrypted
 * column by column and most reads are aggregates.
 */
export const entities: never[] = [];
export const migrations = [{ name: 'Migration20261201000000', class: Migration20261201000000 }];
