import { Field, Float, ID, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity';

@InputType({ description: 'A new unit of a property.	物业项目的新房屋单元。' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'The property the unit belongs to.	单元所属的物业项目。' })
  propertyId!: string;

  @Field({ description: 'Building (栋/座) name or number.' })
  building!: string;

  @Field({ description: 'Unit number inside the building, e.g. 1203.' })
  number!: string;

  @Field(() => Float, {
    description:
      'Floor area in m² (greater than 0), the base of the management fee.	建筑面积，单位 m²（大于 0），为管理费计费基数。',
  })
  areaSqm!: number;

  @Field(() => UnitKind, { description: 'What the unit is used as.	单元用途。' })
  kind!: UnitKind;
}
