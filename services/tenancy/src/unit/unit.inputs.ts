import { Field, Float, ID, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity';

@InputType({ description: 'A new unit of a property.' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'The property the unit belongs to.' })
  propertyId!: string;

  @Field({ description: 'Building (栋/座) name or number.' })
  building!: string;

  @Field({ description: 'Unit number inside the building, e.g. 1203.' })
  number!: string;

  @Field(() => Float, {
    description: 'Floor area in m² (greater than 0), the base of the management fee.',
  })
  areaSqm!: number;

  @Field(() => UnitKind, { description: 'What the unit is used as.' })
  kind!: UnitKind;
}
