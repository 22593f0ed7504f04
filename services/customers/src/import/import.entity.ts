import { Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { ImportProblem } from '@pm/spreadsheets';

@ObjectType({ description: 'The problems of one line of an import file.' })
export class ImportRejection {
  @Field(() => Int, { description: 'Line in the file (1 = header).' })
  line!: number;

  @Field(() => [String], { description: 'What is wrong with the line, in English.' })
  reasons!: string[];
}

export type ImportStatus = 'RUNNING' | 'DONE' | 'REJECTED';

@ObjectType({
  description:
    'A customer import (.xlsx or CSV): all rows or none (one transaction); re-uploading the same file changes nothing.',
})
@Entity({ tableName: 'customer_imports' })
@Index({ name: 'customer_imports_tenant_id_idx', properties: ['tenantId'] })
export class CustomerImport extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the import.' })
  declare id: string;

  @Field(() => String, { description: 'RUNNING, DONE or REJECTED.' })
  @Column({ type: 'text' })
  status!: ImportStatus;

  @Field(() => Int, { description: 'Data rows in the file.' })
  @Column({ type: 'integer' })
  total!: number;

  @Field(() => Int, { description: 'Rows processed so far.' })
  @Column({ type: 'integer', default: 0 })
  processed: Opt<number> = 0;

  @Field(() => Int, { description: 'Customers created.' })
  @Column({ type: 'integer', default: 0 })
  created: Opt<number> = 0;

  @Field(() => Int, {
    description: 'Rows already present (natural key: property + ID number or phone + unit).',
  })
  @Column({ type: 'integer', default: 0 })
  unchanged: Opt<number> = 0;

  @Field(() => [ImportRejection], {
    description: 'The row report grouped by line, in English (older clients); `problems` has it per cell.',
  })
  @Column({ type: 'jsonb', default: '[]' })
  rejected: Opt<ImportRejection[]> = [];

  /** The row report as codes (libs/spreadsheets), read in the caller's language by `problems`. */
  @Column({ type: 'jsonb', default: '[]' })
  problems: Opt<ImportProblem[]> = [];

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'text', nullable: true })
  createdBy?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
