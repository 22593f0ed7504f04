import { Entity, Index, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { TenantEntity } from '@pm/db';

/** A partner app's confidential client; the secret lives only in Keycloak. */
@ObjectType('PartnerClient')
@Entity({ tableName: 'partner_clients' })
@Unique({ name: 'partner_clients_tenant_id_client_id_key', properties: ['tenantId', 'clientId'] })
@Index({ name: 'partner_clients_tenant_id_idx', properties: ['tenantId'] })
export class PartnerClient extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column({ type: 'uuid' })
  keycloakClientId!: string;

  @Field({ description: 'OAuth client id for the client-credentials grant.' })
  @Column({ type: 'text' })
  clientId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [StaffRole])
  @Column({ type: 'text[]' })
  roles!: StaffRole[];

  @Field(() => [ID])
  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Field()
  declare createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Shown once, in the answer to createPartnerClient; null afterwards.',
  })
  secret?: string;

  @Field(() => String, { description: 'Where the partner exchanges its client id and secret for a token.' })
  tokenUrl?: string;
}
