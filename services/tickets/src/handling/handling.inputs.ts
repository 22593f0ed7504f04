import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'One charge at the price-list price.' })
export class ChargeInput {
  @Field({ description: "Price-list item code (or the quote's code)." })
  priceItemCode!: string;
  @Field(() => Int, { description: 'Quantity (at least 1).' })
  quantity!: number;
}

@InputType({
  description: 'Completion of the work with the charges (see R-TKT-5 in docs/domain-rules.md).',
})
export class CompleteTicketInput {
  @Field(() => [ChargeInput], {
    description: 'Charges per price list; empty for free work.',
  })
  charges!: ChargeInput[];
  @Field({ description: 'The customer tested the work and signed (R-TKT-5).' })
  customerSigned!: boolean;
  @Field(() => String, { description: 'Note (optional).', nullable: true })
  note?: string;
}
