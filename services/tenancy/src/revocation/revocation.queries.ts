import { EntityManager } from '@mikro-orm/postgresql';
import { Revocation as RevocationEntry } from '@pm/auth';

/**
 * Every tenant's revocations since `since`: the one cross-tenant read of the table, through a
 * SECURITY DEFINER function (migration Migration20261207120002) that returns only what the
 * verifiers need, so the application role keeps no BYPASSRLS.
 */
export async function recentRevocations(em: EntityManager, since: Date): Promise<RevocationEntry[]> {
  const rows: { tenant_id: string; kind: 'client' | 'user'; subject: string; revoked_at: Date }[] =
    await em.execute('select * from recent_revocations(?)', [since]);
  return rows.map((r) => ({
    tenantId: r.tenant_id,
    kind: r.kind,
    subject: r.subject,
    revokedAt: new Date(r.revoked_at).getTime(),
  }));
}
