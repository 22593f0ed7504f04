import { Field, InputType } from 'type-graphql';
import { PropertyKind } from './property.entity';

@InputType({ description: 'A new property of the company.	公司的新物业项目。' })
export class CreatePropertyInput {
  @Field({ description: 'Name of the property (1–200 characters).	物业项目名称（1–200 个字符）。' })
  name!: string;

  @Field(() => PropertyKind, { description: 'What kind of site it is.	项目类型。' })
  kind!: PropertyKind;

  @Field(() => String, { description: 'Postal address (optional).	地址（可选）。', nullable: true })
  address?: string;

  @Field(() => String, { nullable: true, description: 'IANA zone; default Asia/Shanghai.' })
  timeZone?: string;
}
