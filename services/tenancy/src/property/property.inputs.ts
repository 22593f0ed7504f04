import { Field, InputType } from 'type-graphql';
import { PropertyKind } from './property.entity';

@InputType({ description: 'A new property of the company.' })
export class CreatePropertyInput {
  @Field({ description: 'Name of the property (1–200 characters).' })
  name!: string;

  @Field(() => PropertyKind, { description: 'What kind of site it is.' })
  kind!: PropertyKind;

  @Field(() => String, { description: 'Postal address (optional).', nullable: true })
  address?: string;

  @Field(() => String, { nullable: true, description: 'IANA zone; default Asia/Shanghai.' })
  timeZone?: string;
}
