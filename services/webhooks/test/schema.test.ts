import { entitySchemaDrift, tenantTableProtection, testDatabaseUrl } from '@pm/testing';
import { Client } from 'pg';
import { entities } from '../src/mikro-orm.config';

describe('webhooks database', () => {
  it('entities and migrations agree (no pending DDL)', async () => {
    expect(await entitySchemaDrift(testDatabaseUrl('webhooks'), entities)).toBe('');
  });

  it('every table with tenant_id has forced RLS on app_current_tenant()', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl('webhooks') });
    await admin.connect();
    try {
      const { tables, unprotected } = await tenantTableProtection(admin);
      expect(tables).toEqual(expect.arrayContaining(['webhooks', 'outbox', 'inbox']));
      expect(unprotected).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});
