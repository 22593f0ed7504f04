import { Field, ID, InputType, Int } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';

@InputType({ description: 'A request to borrow an archive.' })
export class ArchiveLoanInput {
  @Field(() => ID, { description: 'The customer whose archive is borrowed.' })
  customerId!: string;

  @Field({ description: 'Why (1–500 characters).' })
  purpose!: string;

  @Field(() => Int, { description: 'Beyond the policy maximum (default 7) → VALIDATION_FAILED.' })
  days!: number;

  @Field(() => LoanTerm, {
    nullable: true,
    description: 'SHORT or LONG; without it the default maximum applies.',
  })
  term?: LoanTerm | null;
}

@InputType({ description: "A document to add to a customer's archive." })
export class AttachArchiveDocumentInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;

  @Field(() => ArchiveSection, { description: 'Section of the content index.' })
  section!: ArchiveSection;

  @Field({ description: 'File name (1–200 characters).' })
  name!: string;

  @Field({ description: 'The file, base64.' })
  contentBase64!: string;

  @Field(() => String, { description: 'MIME type (optional).', nullable: true })
  contentType?: string | null;
}

@InputType({ description: 'A transfer or destruction to request.' })
export class ArchiveDispositionInput {
  @Field(() => ID, { description: 'The customer whose archive it is.' })
  customerId!: string;

  @Field({ description: 'TRANSFER or DESTROY.' })
  kind!: string;

  @Field(() => String, {
    description: 'Receiving department (required for TRANSFER).',
    nullable: true,
  })
  toDepartment?: string | null;

  @Field({ description: 'Why (1–2000 characters).' })
  reason!: string;
}
