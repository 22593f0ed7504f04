import { Entity, Index, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { TenantEntity } from '@pm/db';

/** A partner app's confidential client; the secret lives only in Keycloak. */
@ObjectType('PartnerClient', {
  description:
    'A partner app (对接应用) of the company: an OAuth confidential client with roles, property scope and OAuth scopes (see R-PLT-1 in docs/domain-rules.md). Only ADMIN manages them.',
})
@Entity({ tableName: 'partner_clients' })
@Unique({ name: 'partner_clients_tenant_id_client_id_key', properties: ['tenantId', 'clientId'] })
@Index({ name: 'partner_clients_tenant_id_idx', properties: ['tenantId'] })
export class PartnerClient extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the partner client record.' })
  declare id: string;

  @Column({ type: 'uuid' })
  keycloakClientId!: string;

  @Field({ description: 'OAuth client id for the client-credentials grant.' })
  @Column({ type: 'text' })
  clientId!: string;

  @Field({ description: 'Name of the partner app, shown to administrators.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [StaffRole], {
    description: 'Roles the app acts with; never ADMIN.',
  })
  @Column({ type: 'text[]' })
  roles!: StaffRole[];

  @Field(() => [ID], {
    description: 'Properties the app may see; empty when it holds HQ (every property).',
  })
  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Field(() => [String], {
    description:
      'OAuth scopes granted (customers:read, tickets:write, kpi:read, …): the app needs the scope of what it touches on top of its roles.',
  })
  @Column({ type: 'text[]', default: '{}' })
  scopes!: string[];

  @Field({
    description:
      'The app runs only its registered operations (registerPartnerOperations), by id; anything else is PERSISTED_QUERY_NOT_ALLOWED.',
  })
  @Column({ type: 'boolean', default: false })
  persistedOnly: boolean = false;

  @Field({ description: 'When the app was created (UTC).' })
  declare createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the app was revoked: it gets no token since, and its tokens stopped working.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the secret was last rotated.' })
  @Column({ type: 'timestamptz', nullable: true })
  secretRotatedAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the secret before the last rotation still works (Keycloak’s rotated secret).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Last request through the gateway; null if never used (or the usage store is unreachable).',
  })
  lastUsedAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests through the gateway since creation; null when the usage store is unreachable.',
  })
  requestCount?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Shown once, in the answer to createPartnerClient or rotatePartnerClientSecret; null afterwards.',
  })
  secret?: string;

  /** Set where it is already known (create, rotate); otherwise the resolver's field answers it. */
  tokenUrl?: string;
}
