import { entitySchemaDrift, testDatabaseUrl } from '@pm/testing';
import { entities } from '../src/mikro-orm.config';

it('entities and migrations agree', async () => {
  expect(await entitySchemaDrift(testDatabaseUrl('billing'), entities)).toBe('');
});
