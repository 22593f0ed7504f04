import { Entity, Enum, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';
import { CheckKind, RootCause, ScoreItemCode, Severity, SheetKind } from '../scoring/codes';
import { SheetTemplate } from '../scoring/template';

/** One check (日检/周检/月检/抽检) of one person by one checker, with the template it was scored with. */
@Entity({ tableName: 'checks' })
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

  @Column({ type: 'text[]' })
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
export class Finding extends TenantEntity {
  @Column({ type: 'uuid' })
  checkId!: string;

  @Column({ type: 'uuid' })
  staffId!: string;

  @Enum({ items: () => ScoreItemCode, nativeEnumName: undefined })
  item!: ScoreItemCode;

  @Enum({ items: () => Severity, nativeEnumName: undefined })
  severity!: Severity;

  @Column({ type: 'double' })
  points!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Enum({ items: () => RootCause, nativeEnumName: undefined, nullable: true })
  rootCause?: RootCause | null;

  @Column({ type: 'text[]' })
  evidenceTicketIds: string[] = [];

  @Column({ type: 'uuid', nullable: true })
  suggestionId?: string | null;

  @Enum({ items: () => FindingStatus, nativeEnumName: undefined })
  status: FindingStatus = FindingStatus.ACTIVE;
}
