import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';

registerEnumType(ArchiveSection, {
  valuesConfig: {
    BASIC_INFO: { description: 'Basic information (基本资料).' },
    FIRE_ACCEPTANCE: { description: 'Fire-safety acceptance (消防验收).' },
    FIRE_RESPONSIBILITY_LETTER: {
      description: 'Fire-safety responsibility letter (消防责任书).',
    },
    RENOVATION: { description: 'Renovation documents (装修资料).' },
    PATROL_AND_RECTIFICATION: {
      description: 'Patrol records and rectification notices (巡查与整改).',
    },
    KITCHEN_DUCT_CLEANING: { description: 'Kitchen-duct cleaning records (厨房烟道清洗).' },
    CORRESPONDENCE: { description: 'Correspondence (往来函件).' },
    OTHER: { description: 'Other documents.' },
  },
  name: 'ArchiveSection',
  description: 'Content index of an archive (R-ARC-1).',
});
registerEnumType(LoanTerm, {
  valuesConfig: {
    SHORT: { description: 'Short loan, at most 3 days.' },
    LONG: { description: 'Long loan, at most 7 days.' },
  },
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
registerEnumType(ArchiveLoanStatus, {
  valuesConfig: {
    REQUESTED: { description: "Waiting for the department manager's approval." },
    APPROVED: {
      description: 'Approved: the borrower may read the archive until dueAt.',
    },
    RETURNED: { description: 'Returned.' },
    OVERDUE: { description: 'Past its due time and not returned.' },
    REJECTED: { description: 'Refused by the manager.' },
  },
  description: 'Where an archive loan stands.',
  name: 'ArchiveLoanStatus',
});

export enum DispositionKind {
  TRANSFER = 'TRANSFER',
  DESTROY = 'DESTROY',
}

@ObjectType({ description: 'An incomplete archive and what it misses.' })
export class ArchiveCompletenessRow {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;

  @Field({ description: "The customer's name." })
  customerName!: string;

  @Field(() => [ArchiveSection], { description: 'Required sections with no document.' })
  missingSections!: ArchiveSection[];
}

@ObjectType({ description: 'Monthly completeness check (R-ARC-4); feeds dataErrorRate (R-KPI-5).' })
export class ArchiveCompleteness {
  @Field(() => Int, { description: 'Archives checked.' })
  archivesChecked!: number;

  @Field(() => Int, { description: 'Archives missing a required section.' })
  incomplete!: number;

  @Field(() => [ArchiveCompletenessRow], {
    description: 'One row per incomplete archive.',
  })
  rows!: ArchiveCompletenessRow[];
}
