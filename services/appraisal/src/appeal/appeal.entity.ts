import { Entity, Enum, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

export enum AppealStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

/** The checked person disputes one finding; a higher role decides. */
@Entity({ tableName: 'appeals' })
export class Appeal extends TenantEntity {
  @Column({ type: 'uuid', unique: true })
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
}
