import { Entity, Enum, Index, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/**
 * Tokens of a subject issued up to `revokedAt` stop passing every verifier (libs/auth
 * RevocationList): a revoked partner client (subject = its OAuth client id) or a deactivated or
 * changed staff member (subject = Keycloak user id). Rows older than the longest token lifetime
 * no longer matter; the verifiers only read the recent ones.
 */
@Entity({ tableName: 'revocations' })
@Index({ name: 'revocations_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'revocations_revoked_at_idx', properties: ['revokedAt'] })
export class Revocation extends TenantEntity {
  @Enum({ items: ['client', 'user'] })
  kind!: 'client' | 'user';

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'timestamptz' })
  revokedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;
}
