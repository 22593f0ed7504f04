import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

/** A webhook of a property (the site filter of libs/db scopes it by propertyId). */
@ObjectType('Webhook')
@Entity({ tableName: 'webhooks' })
@Index({ name: 'webhooks_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'webhooks_property_idx', properties: ['tenantId', 'propertyId'] })
export class Webhook extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;
}
