import { Entity, Index, Property as Column, Unique } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/**
 * An operation a partner app registered (`registerPartnerOperations`): the gateway runs it by
 * its id, the SHA-256 of the document, and a client marked persisted-only runs nothing else.
 */
@Entity({ tableName: 'partner_operations' })
@Unique({
  name: 'partner_operations_tenant_client_operation_key',
  properties: ['tenantId', 'clientId', 'operationId'],
})
@Index({ name: 'partner_operations_tenant_id_idx', properties: ['tenantId'] })
export class PartnerOperation extends TenantEntity {
  /** The app's OAuth client id. */
  @Column({ type: 'text' })
  clientId!: string;

  /** Lower-case hex SHA-256 of the document as registered. */
  @Column({ type: 'text' })
  operationId!: string;

  @Column({ type: 'text' })
  document!: string;
}
