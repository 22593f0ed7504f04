import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';

registerEnumType(ArchiveSection, {
  valuesConfig: {
    BASIC_INFO: { description: 'Basic information (基本资料).	基本资料。' },
    FIRE_ACCEPTANCE: { description: 'Fire-safety acceptance (消防验收).	消防验收。' },
    FIRE_RESPONSIBILITY_LETTER: {
      description: 'Fire-safety responsibility letter (消防责任书).	消防安全责任书。',
    },
    RENOVATION: { description: 'Renovation documents (装修资料).	装修资料。' },
    PATROL_AND_RECTIFICATION: {
      description: 'Patrol records and rectification notices (巡查与整改).	巡查记录与整改通知。',
    },
    KITCHEN_DUCT_CLEANING: { description: 'Kitchen-duct cleaning records (厨房烟道清洗).	厨房烟道清洗记录。' },
    CORRESPONDENCE: { description: 'Correspondence (往来函件).	往来函件。' },
    OTHER: { description: 'Other documents.	其他文件。' },
  },
  name: 'ArchiveSection',
  description: 'Content index of an archive (R-ARC-1).',
});
registerEnumType(LoanTerm, {
  valuesConfig: {
    SHORT: { description: 'Short loan, at most 3 days.	短期借阅，最长 3 天。' },
    LONG: { description: 'Long loan, at most 7 days.	长期借阅，最长 7 天。' },
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
    REQUESTED: { description: "Waiting for the department manager's approval.	等待部门经理审批。" },
    APPROVED: {
      description:
        'Approved: the borrower may read the archive until dueAt.	已批准：借阅人在 dueAt 前可查阅。',
    },
    RETURNED: { description: 'Returned.	已归还。' },
    OVERDUE: { description: 'Past its due time and not returned.	已超期未归还。' },
    REJECTED: { description: 'Refused by the manager.	经理已拒绝。' },
  },
  description: 'Where an archive loan stands.	档案借阅状态。',
  name: 'ArchiveLoanStatus',
});

export enum DispositionKind {
  TRANSFER = 'TRANSFER',
  DESTROY = 'DESTROY',
}

@ObjectType({ description: 'An incomplete archive and what it misses.	一个不完整档案及其缺少的内容。' })
export class ArchiveCompletenessRow {
  @Field(() => ID, { description: 'The customer.	客户。' })
  customerId!: string;

  @Field({ description: "The customer's name.	客户姓名。" })
  customerName!: string;

  @Field(() => [ArchiveSection], { description: 'Required sections with no document.	没有文件的必需分类。' })
  missingSections!: ArchiveSection[];
}

@ObjectType({ description: 'Monthly completeness check (R-ARC-4); feeds dataErrorRate (R-KPI-5).' })
export class ArchiveCompleteness {
  @Field(() => Int, { description: 'Archives checked.	检查的档案数。' })
  archivesChecked!: number;

  @Field(() => Int, { description: 'Archives missing a required section.	缺少必需内容的档案数。' })
  incomplete!: number;

  @Field(() => [ArchiveCompletenessRow], {
    description: 'One row per incomplete archive.	每个不完整档案一行。',
  })
  rows!: ArchiveCompletenessRow[];
}
