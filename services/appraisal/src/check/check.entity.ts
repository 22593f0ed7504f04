import {
  Check as CheckConstraint,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property as Column,
} from '@mikro-orm/core';
import { TenantEntity, foreignKey } from '@pm/db';
import { CheckKind, RootCause, ScoreItemCode, Severity, SheetKind } from '../scoring/codes';
import { SheetTemplate } from '../scoring/template';

/** One check (日检/周检/月检/抽检) of one person by one checker, with the template it was scored with. */
@Entity({ tableName: 'checks' })
@Index({ name: 'checks_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'checks_staff_date_idx', properties: ['tenantId', 'staffId', 'date'] })
@Index({ name: 'checks_date_idx', properties: ['tenantId', 'date'] })
export class Check extends TenantEntity {
  @Column({ type: 'uuid' })
  staffId!: string;

  /** Null when the checker has no staff record (the company admin created at sign-up). */
  @Column({ type: 'uuid', nullable: true })
  checkerStaffId?: string | null;

  @Column({ type: 'uuid' })
  checkerUserId!: string;

  @Enum({ items: () => CheckKind, nativeEnumName: undefined })
  kind!: CheckKind;

  @Column({ type: 'date' })
  date!: string;

  @Enum({ items: () => SheetKind, nativeEnumName: undefined })
  sheet!: SheetKind;

  @Column({ type: 'json' })
  template!: SheetTemplate;

  @Column({ type: 'int', nullable: true })
  commendationPoints?: number | null;

  @Column({ type: 'text[]', default: '{}' })
  evidenceTicketIds: string[] = [];

  /** Total when recorded (published in `check.recorded`); appeals may lower deductions later. */
  @Column({ type: 'double' })
  totalAtRecord!: number;
}

export enum FindingStatus {
  ACTIVE = 'ACTIVE',
  OVERTURNED = 'OVERTURNED',
}

@Entity({ tableName: 'findings' })
@Index({ name: 'findings_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'findings_check_idx', properties: ['checkId'] })
export class Finding extends TenantEntity {
  @ManyToOne(() => Check, { ...foreignKey('findings_check_id_fkey'), fieldName: 'check_id' })
  checkId!: string;

  @Column({ type: 'uuid' })
  staffId!: string;

  @Column({ type: 'text' })
  item!: ScoreItemCode;

  @Enum({ items: () => Severity, nativeEnumName: undefined })
  severity!: Severity;

  @Column({ type: 'double' })
  @CheckConstraint({ name: 'findings_points_check', expression: 'points > (0)::double precision' })
  points!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  rootCause?: RootCause | null;

  @Column({ type: 'text[]', default: '{}' })
  evidenceTicketIds: string[] = [];

  @Column({ type: 'uuid', nullable: true })
  suggestionId?: string | null;

  @Enum({ items: () => FindingStatus, nativeEnumName: undefined })
  status: FindingStatus = FindingStatus.ACTIVE;
}
