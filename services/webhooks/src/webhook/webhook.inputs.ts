import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateWebhookInput {
  @Field(() => ID)
  propertyId!: string;

  @Field()
  name!: string;
}
