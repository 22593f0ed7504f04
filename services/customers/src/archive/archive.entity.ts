import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Opt,
  PrimaryKey,
  Property as Column,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity, TenantOwned, uuidv7 } from '@pm/db';
import { Customer } from '../customer/customer.entity';
import { ArchiveSection, LoanTerm } from './archive.rules';
import { ArchiveLoanStatus, DispositionKind } from './archive.types';

const NO_ACTION = { updateRule: 'no action', deleteRule: 'no action' } as const;

@ObjectType({ description: 'A file kept in a customer archive.' })
@Entity({ tableName: 'archive_documents' })
@Index({ name: 'archive_documents_tenant_id_idx', properties: ['tenantId'] })
export class ArchiveDocument extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the document.' })
  declare id: string;

  @ManyToOne(() => Archive, {
    mapToPk: true,
    fieldName: 'archive_id',
    foreignKeyName: 'archive_documents_archive_id_fkey',
    ...NO_ACTION,
  })
  archiveId!: string;

  @Field(() => ArchiveSection, {
    description: 'Section of the content index it belongs to.',
  })
  @Column({ type: 'text' })
  section!: ArchiveSection;

  @Field({ description: 'File name.' })
  @Column({ type: 'text' })
  name!: string;

  /** Where the bytes are in the file store; null for paper-only entries. */
  @Column({ type: 'text', nullable: true })
  storageKey?: string | null;

  @Field(() => String, {
    description: 'MIME type; null when unknown.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  contentType?: string | null;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'integer', default: 0 })
  sizeBytes: Opt<number> = 0;

  @Column({ type: 'text', nullable: true })
  addedBy?: string | null;

  @Field({ description: 'When it was added (UTC).' })
  declare createdAt: Date;
}

@ObjectType({ description: 'A confidential customer archive (R-ARC-1, R-ARC-2); every read is logged.' })
@Entity({ tableName: 'archives' })
@Index({ name: 'archives_tenant_id_idx', properties: ['tenantId'] })
export class Archive extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the archive.' })
  declare id: string;

  @Field(() => ID, { description: 'The customer the archive is about.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'archives_customer_id_fkey',
    unique: 'archives_customer_id_key',
    ...NO_ACTION,
  })
  customerId!: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => String, { description: 'ACTIVE, TRANSFERRED or DESTROYED.' })
  @Column({ type: 'text', default: 'ACTIVE' })
  status: Opt<string> = 'ACTIVE';

  @Field(() => String, { description: 'Department keeping the archive.' })
  @Column({ type: 'text', default: 'CUSTOMER_SERVICE' })
  department: Opt<string> = 'CUSTOMER_SERVICE';

  @Field(() => [ArchiveDocument], {
    description: "The archive's documents (metadata only; archiveDocumentContent reads one).",
  })
  @OneToMany(() => ArchiveDocument, (d) => d.archiveId, { orderBy: { createdAt: 'asc', id: 'asc' } })
  documents = new Collection<ArchiveDocument>(this);
}

/**
 * The bytes of an archive document when the PostgreSQL file store keeps them (the default):
 * one row per stored document, keyed like the object of an external store.
 */
@Entity({ tableName: 'archive_document_contents' })
@Index({ name: 'archive_document_contents_tenant_id_idx', properties: ['tenantId'] })
export class ArchiveDocumentContent extends TenantOwned<'createdAt'> {
  @PrimaryKey({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'blob' })
  bytes!: Buffer;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** R-ARC-2: who read, copied or changed an archive, when and why. */
@Entity({ tableName: 'archive_access_log' })
@Index({ name: 'archive_access_log_tenant_id_idx', properties: ['tenantId'] })
export class ArchiveAccessLog extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = uuidv7();

  @Column({ type: 'uuid' })
  archiveId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text', nullable: true })
  actorId?: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;
}

/** Stored as the term of a loan that asked for none (the default maximum applies). */
export const DEFAULT_TERM = 'DEFAULT';

/** R-ARC-2, R-ARC-3: an archive lent to a staff member for a purpose, approved by a manager. */
@ObjectType({
  description:
    'A request to borrow a confidential archive and its approval, due time and return (see R-ARC-2, R-ARC-3 in docs/domain-rules.md).',
})
@Entity({ tableName: 'archive_loans' })
@Index({ name: 'archive_loans_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'archive_loans_due_idx', properties: ['tenantId', 'status', 'dueAt'] })
export class ArchiveLoan extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the loan.' })
  declare id: string;

  /** As stored; GraphQL answers OVERDUE for an approved loan past its due time (archive.resolver.ts). */
  @Field(() => ArchiveLoanStatus, { description: 'Where the loan stands.' })
  @Column({ type: 'text' })
  status!: ArchiveLoanStatus;

  @Field(() => Date, { nullable: true, description: 'Set at approval: approval time + days.' })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => ID, { description: 'The customer whose archive is borrowed.' })
  @Column({ type: 'uuid' })
  customerId!: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'Keycloak user id of the borrower.' })
  @Column({ type: 'text' })
  borrowerId!: string;

  @Field({ description: 'Why it is borrowed.' })
  @Column({ type: 'text' })
  purpose!: string;

  /** GraphQL shows DEFAULT_TERM as null. */
  @Field(() => LoanTerm, {
    description: 'Short or long loan; null for an older loan without term.',
    nullable: true,
  })
  @Column({ type: 'text' })
  term!: LoanTerm | typeof DEFAULT_TERM;

  @Field(() => Int, { description: 'Days the loan lasts from approval.' })
  @Column({ type: 'integer' })
  days!: number;

  @Field(() => String, {
    description: 'Keycloak user id of the approving manager; null before approval.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  approvedBy?: string | null;

  @Field(() => Int, { description: 'Times the loan was renewed.' })
  @Column({ type: 'integer', default: 0 })
  renewals: Opt<number> = 0;

  @Field(() => Date, {
    description: 'When it was returned (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @Field({ description: 'When it was requested (UTC).' })
  declare createdAt: Date;

  @ManyToOne(() => Archive, {
    mapToPk: true,
    fieldName: 'archive_id',
    foreignKeyName: 'archive_loans_archive_id_fkey',
    ...NO_ACTION,
  })
  archiveId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;
}

/** R-ARC-4: a transfer to another department or a destruction, done once a manager approves. */
@ObjectType({
  description:
    'A transfer or destruction of an archive and its approval (see R-ARC-4 in docs/domain-rules.md).',
})
@Entity({ tableName: 'archive_dispositions' })
@Index({ name: 'archive_dispositions_tenant_id_idx', properties: ['tenantId'] })
export class ArchiveDisposition extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the disposition.' })
  declare id: string;

  @Field(() => ID, { description: 'The archive.' })
  @ManyToOne(() => Archive, {
    mapToPk: true,
    fieldName: 'archive_id',
    foreignKeyName: 'archive_dispositions_archive_id_fkey',
    ...NO_ACTION,
  })
  archiveId!: string;

  @Field(() => String, { description: 'TRANSFER or DESTROY (R-ARC-4).' })
  @Enum({ items: () => DispositionKind })
  kind!: DispositionKind;

  @Field({ description: 'REQUESTED or DONE.' })
  @Column({ type: 'text' })
  status!: string;

  @Field(() => String, {
    description: 'Receiving department of a transfer; null for destruction.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  toDepartment?: string | null;

  @Field({ description: 'Why.' })
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => String, {
    description: 'Keycloak user id of the approving manager; null before.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  approvedBy?: string | null;

  @Field(() => String, {
    description: 'Who signed the hand-over record of a transfer; null otherwise.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  handoverSignedBy?: string | null;

  @Column({ type: 'text', nullable: true })
  requestedBy?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;
}

/** R-ARC-4: an archive missing required sections when a monthly check ran. */
@ObjectType({ description: 'An archive missing required sections at a stored monthly check.' })
export class ArchiveCheckGap {
  @Field(() => ID, { description: 'The customer whose archive it is.' })
  customerId!: string;

  @Field(() => [ArchiveSection], { description: 'Required sections with no document then.' })
  missingSections!: ArchiveSection[];
}

/**
 * R-ARC-4: the result of a property's monthly completeness check, kept for the record (the
 * on-demand query answers for now and keeps nothing). Customer ids only: names stay encrypted.
 */
@ObjectType({ description: 'A stored monthly archive completeness check of a property (R-ARC-4).' })
@Entity({ tableName: 'archive_completeness_checks' })
@Index({ name: 'archive_completeness_checks_tenant_id_idx', properties: ['tenantId'] })
@Unique({ name: 'archive_completeness_checks_period_key', properties: ['tenantId', 'propertyId', 'period'] })
export class ArchiveCompletenessCheck extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the check.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'The month checked, YYYY-MM in the property’s time zone.' })
  @Column({ type: 'text' })
  period!: string;

  @Field({ description: 'When the check ran (UTC).' })
  @Column({ type: 'timestamptz' })
  checkedAt!: Date;

  @Field(() => Int, { description: 'Active archives checked.' })
  @Column({ type: 'integer' })
  archivesChecked!: number;

  @Field(() => Int, { description: 'Archives missing a required section.' })
  @Column({ type: 'integer' })
  incomplete!: number;

  @Field(() => [ArchiveCheckGap], { description: 'One row per incomplete archive.' })
  @Column({ type: 'jsonb' })
  gaps!: ArchiveCheckGap[];
}

/**
 * One row per archive with the sections it holds (R-ARC-4 completeness, R-KPI-5): aggregated
 * in PostgreSQL so the check reads one row per archive, not every document. The tenant filter
 * and the callers' conditions apply to this view like to any entity.
 */
@Entity({
  expression: `select a.id, a.tenant_id, a.property_id, a.customer_id, a.status, c.name as customer_name,
      coalesce(array_agg(distinct d.section) filter (where d.section is not null), '{}') as sections
    from archives a
    join customers c on c.id = a.customer_id
    left join archive_documents d on d.archive_id = a.id
    group by a.id, a.tenant_id, a.property_id, a.customer_id, a.status, c.name`,
})
export class ArchiveIndex {
  @Column({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  customerName!: string;

  @Column({ type: 'text[]' })
  sections!: ArchiveSection[];
}
