import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';

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

export enum DispositionKind {
  TRANSFER = 'TRANSFER',
  DESTROY = 'DESTROY',
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
