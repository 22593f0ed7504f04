import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A draft letter or notice.' })
export class CreateNoticeInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => String, { nullable: true, description: 'LETTER (default) or RECTIFICATION.' })
  kind?: string | null;

  @Field({ description: 'Title (1–200 characters).' })
  title!: string;

  @Field({ description: 'Text from the template.' })
  body!: string;
}

@InputType({
  description: 'A care message to every customer of a property (see R-CUS-3 in docs/domain-rules.md).',
})
export class CareNoticeInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field({ description: 'HOLIDAY or WEATHER.' })
  kind!: string;

  @Field({ description: 'Title (1–200 characters).' })
  title!: string;

  @Field({ description: 'Text of the message.' })
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When to send; now if absent.' })
  sendAt?: Date | null;
}
