import { EntityManager } from '@mikro-orm/postgresql';
import { Revocation as RevocationEntry, RevocationSource } from '@pm/auth';
import { Database } from '@pm/db';
import { Revocation } from './revocation.entity';
import { recentRevocations } from './revocation.queries';

/** Written in the transaction of what caused it (revoking a client, deactivating a person). */
export function revokeInTx(
  em: EntityManager,
  kind: 'client' | 'user',
  subject: string,
  reason: string,
  at = new Date(),
): Revocation {
  return em.create(Revocation, { kind, subject, revokedAt: at, reason });
}

/** Tenancy's own verifier reads the table; everyone else reads `/internal/revocations`. */
export class DbRevocations implements RevocationSource {
  constructor(
    private db: Database,
    /** Longer than any access token lives: older revocations can only concern expired tokens. */
    private windowMs: number,
  ) {}

  list(): Promise<RevocationEntry[]> {
    return this.db.platformTx((em) => recentRevocations(em, new Date(Date.now() - this.windowMs)));
  }
}
