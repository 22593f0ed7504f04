import { Field, ID, InputType } from 'type-graphql';
import { RepairPriority } from '../ticket/ticket.enums';
import { VacantCleaningItem } from './vacant-cleaning.entity';

@InputType({ description: 'A damaged facility found while cleaning: it becomes a repair order (R-TKT-16).' })
export class VacantCleaningDamageInput {
  @Field({ description: 'What is damaged (1–2000 characters).' })
  description!: string;
  @Field(() => RepairPriority, { nullable: true, description: 'Priority of the repair; default NORMAL.' })
  priority?: RepairPriority;
  @Field(() => String, {
    nullable: true,
    description: 'Price-list code of the repair; absent = not on the list, a quote is needed (R-TKT-3).',
  })
  priceItemCode?: string;
}

@InputType({ description: 'One cleaning of a vacant unit (see R-TKT-16 in docs/domain-rules.md).' })
export class RecordVacantCleaningInput {
  @Field(() => ID, { description: 'The unit cleaned; it must be vacant on the day.' })
  unitId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Day of the cleaning, YYYY-MM-DD property-local; default today, never in the future.',
  })
  cleanedOn?: string;
  @Field(() => [VacantCleaningItem], { description: 'Checklist items done (at least one).' })
  itemsDone!: VacantCleaningItem[];
  @Field(() => String, { nullable: true, description: 'Who cleaned (names), when not the recorder.' })
  cleaner?: string;
  @Field(() => String, { nullable: true, description: 'Note (optional).' })
  note?: string;
  @Field(() => [VacantCleaningDamageInput], {
    nullable: true,
    description: 'Damaged facilities found; each opens a repair order to engineering.',
  })
  damages?: VacantCleaningDamageInput[];
}
