import { entitySchemaDrift, testDatabaseUrl } from '@pm/testing';
import { entities } from '../src/mikro-orm.config';

describe('tenancy entities and migrations', () => {
  it('agree: the migrated schema is what the entities map (no pending DDL)', async () => {
    expect(await entitySchemaDrift(testDatabaseUrl('tenancy'), entities)).toBe('');
  });
});
