import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType({ description: 'A request raised at an assembly.	大会上提出的诉求。' })
export class AssemblyRequestInput {
  @Field(() => ID, { description: 'Who raised it, when known.	提出人（如已知）。', nullable: true })
  customerId?: string | null;

  @Field({ description: 'What was asked (1–2000 characters).	诉求内容（1–2000 个字符）。' })
  text!: string;
}

@InputType({
  description:
    'A tenant assembly held (see R-CUS-14 in docs/domain-rules.md).	已召开的租户大会（见 docs/domain-rules.md 中的 R-CUS-14）。',
})
export class RecordTenantAssemblyInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  heldOn!: string;

  @Field({ description: 'The minutes (会议记录).	会议记录。' })
  minutes!: string;

  @Field(() => [ID], { description: 'Customers of the property spoken to face to face.' })
  attendeeIds!: string[];

  @Field(() => [AssemblyRequestInput], {
    description: 'Requests and suggestions raised.	提出的诉求与建议。',
    nullable: true,
  })
  requests?: AssemblyRequestInput[] | null;
}
