import { Field, InputType } from 'type-graphql';
import { PropertyKind } from './property.entity';

@InputType()
export class CreatePropertyInput {
  @Field()
  name!: string;

  @Field(() => PropertyKind)
  kind!: PropertyKind;

  @Field(() => String, { nullable: true })
  address?: string;

  @Field(() => String, { nullable: true, description: 'IANA zone; default Asia/Shanghai.' })
  timeZone?: string;
}
