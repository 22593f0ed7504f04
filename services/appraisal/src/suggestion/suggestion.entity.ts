import { Entity, Enum, Index, Property as Column, Unique } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';
import { ScoreItemCode } from '../scoring/codes';

export enum SuggestionStatus {
  SUGGESTED = 'SUGGESTED',
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}

export enum SuggestionSource {
  SLA_BREACH = 'SLA_BREACH',
  MISSED_VISIT = 'MISSED_VISIT',
}

/** A finding proposed from an operations fact (R-APR-7); never deducts until a checker accepts it. */
@Entity({ tableName: 'suggestions' })
@Unique({ name: 'suggestions_tenant_id_source_event_id_key', properties: ['tenantId', 'sourceEventId'] })
@Index({ name: 'suggestions_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'suggestions_staff_idx', properties: ['tenantId', 'staffId', 'status'] })
export class Suggestion extends TenantEntity {
  @Column({ type: 'uuid' })
  staffId!: string;

  @Column({ type: 'uuid', nullable: true })
  propertyId?: string | null;

  @Column({ type: 'text' })
  item!: ScoreItemCode;

  @Column({ type: 'text' })
  sourceType!: SuggestionSource;

  @Column({ type: 'uuid' })
  sourceEventId!: string;

  @Column({ type: 'uuid', nullable: true })
  ticketId?: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Enum({ items: () => SuggestionStatus, nativeEnumName: undefined })
  status: SuggestionStatus = SuggestionStatus.SUGGESTED;

  @Column({ type: 'text', nullable: true })
  dismissReason?: string | null;

  @Column({ type: 'uuid', nullable: true })
  findingId?: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId?: string | null;
}
