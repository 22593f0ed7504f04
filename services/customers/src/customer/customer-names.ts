import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { systemContext } from '@pm/tenant-context';
import { Customer } from './customer.entity';

/**
 * Names for the documents other services print (libs/documents names.ts): read in the asking
 * company's context (RLS), so a signed call for one company never returns another's customers.
 */
export function customerNamesLookup(db: Database) {
  return async (tenantId: string, ids: string[]): Promise<Record<string, string>> => {
    const wanted = ids.filter(isUuid);
    if (!isUuid(tenantId) || !wanted.length) return {};
    const rows = await db.tx(
      (em) => em.find(Customer, { id: { $in: wanted } }, { fields: ['id', 'name'] }),
      systemContext(tenantId),
    );
    return Object.fromEntries(rows.map((c) => [c.id, c.name]));
  };
}
