import { Entity, Enum, Index, ManyToOne, Property as Column } from '@mikro-orm/core';
import { TenantEntity, foreignKey } from '@pm/db';
import { Finding } from '../check/check.entity';

export enum AppealStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

/** The checked person disputes one finding; a higher role decides. */
@Entity({ tableName: 'appeals' })
@Index({ name: 'appeals_tenant_id_idx', properties: ['tenantId'] })
export class Appeal extends TenantEntity {
  @ManyToOne(() => Finding, {
    ...foreignKey('appeals_finding_id_fkey'),
    fieldName: 'finding_id',
    unique: 'appeals_finding_id_key',
  })
  findingId!: string;

  @Column({ type: 'uuid' })
  staffId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Enum({ items: () => AppealStatus, nativeEnumName: undefined })
  status: AppealStatus = AppealStatus.PENDING;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason?: string | null;
}
