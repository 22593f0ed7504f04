import { FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: "An item of a property's price list, new or a new version.	项目价目表中的一项，新建或新版本。",
})
export class UpsertPriceItemInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field({ description: 'Item code, e.g. TAP_WASHER.	项目代码，例如 TAP_WASHER。' })
  code!: string;
  @Field({ description: 'Item name (1–200 characters).	项目名称（1–200 个字符）。' })
  name!: string;
  @Field(() => FenScalar, { description: 'Price per unit, in fen.	单价，单位：分。' })
  priceFen!: number;
}
