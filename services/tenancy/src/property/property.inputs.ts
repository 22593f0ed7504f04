import { ArgsType, Field, InputType, Int } from 'type-graphql';
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

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: '1–200, default 50.' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}
