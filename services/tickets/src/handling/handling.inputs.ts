import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'One charge at the price-list price.	按价目表价格的一项收费。' })
export class ChargeInput {
  @Field({ description: "Price-list item code (or the quote's code).	价目表项目代码（或报价代码）。" })
  priceItemCode!: string;
  @Field(() => Int, { description: 'Quantity (at least 1).	数量（至少 1）。' })
  quantity!: number;
}

@InputType({
  description:
    'Completion of the work with the charges (see R-TKT-5 in docs/domain-rules.md).	完工及收费（见 docs/domain-rules.md 中的 R-TKT-5）。',
})
export class CompleteTicketInput {
  @Field(() => [ChargeInput], {
    description: 'Charges per price list; empty for free work.	按价目表的收费；免费维修为空。',
  })
  charges!: ChargeInput[];
  @Field({ description: 'The customer tested the work and signed (R-TKT-5).' })
  customerSigned!: boolean;
  @Field(() => String, { description: 'Note (optional).	备注（可选）。', nullable: true })
  note?: string;
}
