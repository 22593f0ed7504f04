import { Field, ID, InputType, Int } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';

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
