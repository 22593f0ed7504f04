import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType({ description: 'A request raised at an assembly.' })
export class AssemblyRequestInput {
  @Field(() => ID, { description: 'Who raised it, when known.', nullable: true })
  customerId?: string | null;

  @Field({ description: 'What was asked (1–2000 characters).' })
  text!: string;
}

@InputType({
  description: 'A tenant assembly held (see R-CUS-14 in docs/domain-rules.md).',
})
export class RecordTenantAssemblyInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  heldOn!: string;

  @Field({ description: 'The minutes (会议记录).' })
  minutes!: string;

  @Field(() => [ID], { description: 'Customers of the property spoken to face to face.' })
  attendeeIds!: string[];

  @Field(() => [AssemblyRequestInput], {
    description: 'Requests and suggestions raised.',
    nullable: true,
  })
  requests?: AssemblyRequestInput[] | null;
}
