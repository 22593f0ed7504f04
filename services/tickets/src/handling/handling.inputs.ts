import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class ChargeInput {
  @Field()
  priceItemCode!: string;
  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class CompleteTicketInput {
  @Field(() => [ChargeInput])
  charges!: ChargeInput[];
  @Field({ description: 'The customer tested the work and signed (R-TKT-5).' })
  customerSigned!: boolean;
  @Field(() => String, { nullable: true })
  note?: string;
}
