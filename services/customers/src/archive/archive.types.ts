import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';
import { ts } from '@pm/db';

registerEnumType(ArchiveSection, {
  name: 'ArchiveSection',
  description: 'Content index of an archive (R-ARC-1).',
});
registerEnumType(LoanTerm, {
  name: 'ArchiveLoanTerm',
  description: 'Short (≤ 3 days) or long (≤ 7 days) loan (R-ARC-3).',
});

export enum ArchiveLoanStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  OVERDUE = 'OVERDUE',
  REJECTED = 'REJECTED',
}
registerEnumType(ArchiveLoanStatus, { name: 'ArchiveLoanStatus' });

@ObjectType()
export class ArchiveDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => ArchiveSection)
  section!: ArchiveSection;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  contentType?: string | null;

  @Field(() => Int)
  sizeBytes!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A confidential customer archive (R-ARC-1, R-ARC-2); every read is logged.' })
export class Archive {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  propertyId!: string;

  @Field({ description: 'ACTIVE, TRANSFERRED or DESTROYED.' })
  status!: string;

  @Field()
  department!: string;

  @Field(() => [ArchiveDocument])
  documents!: ArchiveDocument[];

  @Field(() => [ArchiveSection], { description: 'Required index items still missing (R-ARC-4).' })
  missingSections!: ArchiveSection[];
}

@ObjectType()
export class ArchiveLoan {
  @Field(() => ID)
  id!: string;

  @Field(() => ArchiveLoanStatus)
  status!: ArchiveLoanStatus;

  @Field(() => Date, { nullable: true, description: 'Set at approval: approval time + days.' })
  dueAt?: Date | null;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  propertyId!: string;

  @Field({ description: 'Keycloak user id of the borrower.' })
  borrowerId!: string;

  @Field()
  purpose!: string;

  @Field(() => LoanTerm, { nullable: true })
  term?: LoanTerm | null;

  @Field(() => Int)
  days!: number;

  @Field(() => String, { nullable: true })
  approvedBy?: string | null;

  @Field(() => Int)
  renewals!: number;

  @Field(() => Date, { nullable: true })
  returnedAt?: Date | null;

  @Field()
  createdAt!: Date;
}

@InputType()
export class ArchiveLoanInput {
  @Field(() => ID)
  customerId!: string;

  @Field()
  purpose!: string;

  @Field(() => Int, { description: 'Beyond the policy maximum (default 7) → VALIDATION_FAILED.' })
  days!: number;

  @Field(() => LoanTerm, {
    nullable: true,
    description: 'SHORT or LONG; without it the default maximum applies.',
  })
  term?: LoanTerm | null;
}

@InputType()
export class AttachArchiveDocumentInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ArchiveSection)
  section!: ArchiveSection;

  @Field()
  name!: string;

  @Field({ description: 'The file, base64.' })
  contentBase64!: string;

  @Field(() => String, { nullable: true })
  contentType?: string | null;
}

@ObjectType()
export class ArchiveDisposition {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  archiveId!: string;

  @Field({ description: 'TRANSFER or DESTROY (R-ARC-4).' })
  kind!: string;

  @Field({ description: 'REQUESTED or DONE.' })
  status!: string;

  @Field(() => String, { nullable: true })
  toDepartment?: string | null;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  approvedBy?: string | null;

  @Field(() => String, { nullable: true })
  handoverSignedBy?: string | null;
}

@InputType()
export class ArchiveDispositionInput {
  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'TRANSFER or DESTROY.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  toDepartment?: string | null;

  @Field()
  reason!: string;
}

@ObjectType()
export class ArchiveCompletenessRow {
  @Field(() => ID)
  customerId!: string;

  @Field()
  customerName!: string;

  @Field(() => [ArchiveSection])
  missingSections!: ArchiveSection[];
}

@ObjectType({ description: 'Monthly completeness check (R-ARC-4); feeds dataErrorRate (R-KPI-5).' })
export class ArchiveCompleteness {
  @Field(() => Int)
  archivesChecked!: number;

  @Field(() => Int)
  incomplete!: number;

  @Field(() => [ArchiveCompletenessRow])
  rows!: ArchiveCompletenessRow[];
}

export function toLoan(r: any, now: Date): ArchiveLoan {
  return Object.assign(new ArchiveLoan(), {
    id: r.id,
    status: r.status === 'APPROVED' && r.due_at && ts(r.due_at)! < now ? 'OVERDUE' : r.status,
    dueAt: ts(r.due_at),
    customerId: r.customer_id,
    propertyId: r.property_id,
    borrowerId: r.borrower_id,
    purpose: r.purpose,
    term: r.term === 'DEFAULT' ? null : r.term,
    days: r.days,
    approvedBy: r.approved_by,
    renewals: r.renewals,
    returnedAt: ts(r.returned_at),
    createdAt: ts(r.created_at),
  });
}
