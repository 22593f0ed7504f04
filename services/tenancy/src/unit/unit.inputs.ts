import { Field, Float, ID, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  propertyId!: string;

  @Field({ description: 'Building (栋/座) name or number.' })
  building!: string;

  @Field({ description: 'Unit number inside the building, e.g. 1203.' })
  number!: string;

  @Field(() => Float)
  areaSqm!: number;

  @Field(() => UnitKind)
  kind!: UnitKind;
}
