import { Field, ID, InputType, Int } from 'type-graphql';
import { ArchiveSection, LoanTerm } from './archive.rules';

@InputType({ description: 'A request to borrow an archive.	档案借阅申请。' })
export class ArchiveLoanInput {
  @Field(() => ID, { description: 'The customer whose archive is borrowed.	要借阅其档案的客户。' })
  customerId!: string;

  @Field({ description: 'Why (1–500 characters).	借阅目的（1–500 个字符）。' })
  purpose!: string;

  @Field(() => Int, { description: 'Beyond the policy maximum (default 7) → VALIDATION_FAILED.' })
  days!: number;

  @Field(() => LoanTerm, {
    nullable: true,
    description: 'SHORT or LONG; without it the default maximum applies.',
  })
  term?: LoanTerm | null;
}

@InputType({ description: "A document to add to a customer's archive.	要加入客户档案的文件。" })
export class AttachArchiveDocumentInput {
  @Field(() => ID, { description: 'The customer.	客户。' })
  customerId!: string;

  @Field(() => ArchiveSection, { description: 'Section of the content index.	档案目录分类。' })
  section!: ArchiveSection;

  @Field({ description: 'File name (1–200 characters).	文件名（1–200 个字符）。' })
  name!: string;

  @Field({ description: 'The file, base64.' })
  contentBase64!: string;

  @Field(() => String, { description: 'MIME type (optional).	MIME 类型（可选）。', nullable: true })
  contentType?: string | null;
}

@InputType({ description: 'A transfer or destruction to request.	申请的移交或销毁。' })
export class ArchiveDispositionInput {
  @Field(() => ID, { description: 'The customer whose archive it is.	档案所属客户。' })
  customerId!: string;

  @Field({ description: 'TRANSFER or DESTROY.' })
  kind!: string;

  @Field(() => String, {
    description: 'Receiving department (required for TRANSFER).	接收部门（TRANSFER 时必填）。',
    nullable: true,
  })
  toDepartment?: string | null;

  @Field({ description: 'Why (1–2000 characters).	原因（1–2000 个字符）。' })
  reason!: string;
}
