import { FenScalar } from '@pm/graphql';
import { Field, InputType } from 'type-graphql';
import { MaterialCheck, RepairPriority } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType()
export class ReportRepairInput extends TicketIntakeInput {
  @Field()
  description!: string;
  @Field(() => RepairPriority)
  priority!: RepairPriority;
  @Field(() => String, {
    nullable: true,
    description: 'Price-list code; absent = not on the list, a quote is needed (R-TKT-3).',
  })
  priceItemCode?: string;
  @Field(() => Date, { nullable: true })
  appointmentAt?: Date;
  @Field(() => Boolean, { nullable: true, description: 'Public-area repair (R-TKT-6).' })
  publicArea?: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When the customer called; default now. R-TKT-1 counts from it.',
  })
  calledAt?: Date;
}

@InputType({ description: 'R-TKT-3: the engineering supervisor’s assessment of an unlisted item.' })
export class QuoteInput {
  @Field({ description: 'What will be done.' })
  name!: string;
  @Field(() => FenScalar)
  priceFen!: number;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  feasible?: boolean;
  @Field(() => String, { nullable: true, description: 'Charge code of the quoted item; default QUOTE.' })
  code?: string;
}

@InputType()
export class RefuseTicketInput {
  @Field()
  reason!: string;
  @Field(() => [String], {
    description: 'Names of those signing (technician, supervisor); the policy says how many.',
  })
  signatures!: string[];
}

@InputType()
export class CheckMaterialInput {
  @Field(() => MaterialCheck)
  result!: MaterialCheck;
  @Field(() => String, { nullable: true })
  note?: string;
}
