import { FenScalar } from '@pm/graphql';
import { Field, InputType } from 'type-graphql';
import { MaterialCheck, RepairPriority } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType({
  description:
    'A repair request (报修) as the front desk takes it (see R-TKT-1 to R-TKT-7 in docs/domain-rules.md).',
})
export class ReportRepairInput extends TicketIntakeInput {
  @Field({ description: 'What is wrong (1–2000 characters).' })
  description!: string;
  @Field(() => RepairPriority, { description: 'Urgent, express or normal.' })
  priority!: RepairPriority;
  @Field(() => String, {
    nullable: true,
    description: 'Price-list code; absent = not on the list, a quote is needed (R-TKT-3).',
  })
  priceItemCode?: string;
  @Field(() => Date, {
    description: 'Appointment with the customer (ISO-8601 with offset), optional.',
    nullable: true,
  })
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
  @Field(() => FenScalar, { description: 'Price quoted, in fen.' })
  priceFen!: number;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  feasible?: boolean;
  @Field(() => String, { nullable: true, description: 'Charge code of the quoted item; default QUOTE.' })
  code?: string;
}

@InputType({
  description: "The customer's refusal of the work (see R-TKT-4 in docs/domain-rules.md).",
})
export class RefuseTicketInput {
  @Field({ description: 'Why the customer refuses (1–2000 characters).' })
  reason!: string;
  @Field(() => [String], {
    description: 'Names of those signing (technician, supervisor); the policy says how many.',
  })
  signatures!: string[];
}

@InputType({
  description: 'The check of customer-supplied material (see R-TKT-4 in docs/domain-rules.md).',
})
export class CheckMaterialInput {
  @Field(() => MaterialCheck, { description: 'Pass, fail or poor.' })
  result!: MaterialCheck;
  @Field(() => String, { description: 'Note (optional).', nullable: true })
  note?: string;
}
