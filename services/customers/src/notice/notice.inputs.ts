import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateNoticeInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => String, { nullable: true, description: 'LETTER (default) or RECTIFICATION.' })
  kind?: string | null;

  @Field()
  title!: string;

  @Field({ description: 'Text from the template.' })
  body!: string;
}

@InputType()
export class CareNoticeInput {
  @Field(() => ID)
  propertyId!: string;

  @Field({ description: 'HOLIDAY or WEATHER.' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When to send; now if absent.' })
  sendAt?: Date | null;
}
