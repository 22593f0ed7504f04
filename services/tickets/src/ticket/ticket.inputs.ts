import { FenScalar } from '@pm/graphql';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ComplaintCategory,
  HelpCategory,
  MaterialCheck,
  PatrolFindingKind,
  RepairPriority,
  Severity,
  TicketKind,
  TicketStatus,
} from './ticket.enums';

@InputType()
export class ReportRepairInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID, { nullable: true })
  unitId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
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

@InputType({
  description:
    'R-TKT-8 intake: listen, ask, repeat, record clearly (what, where, who, when, expectation), report.',
})
export class FileComplaintInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID, { nullable: true })
  unitId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;
  @Field()
  description!: string;
  @Field(() => Severity, { nullable: true, description: 'MAJOR escalates to leadership at once.' })
  severity?: Severity;
  @Field(() => String, { nullable: true })
  what?: string;
  @Field(() => String, { nullable: true })
  where?: string;
  @Field(() => String, { nullable: true })
  who?: string;
  @Field(() => String, { nullable: true })
  when?: string;
  @Field(() => String, { nullable: true })
  expectation?: string;
  @Field(() => Boolean, { nullable: true, description: 'Anonymous complaints get no follow-up visit.' })
  anonymous?: boolean;
  @Field(() => Date, { nullable: true })
  calledAt?: Date;
}

@InputType()
export class RequestHelpInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID, { nullable: true })
  unitId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => HelpCategory)
  category!: HelpCategory;
  @Field()
  description!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Answered at once by the staff member taking it; otherwise escalated with a 10-minute answer deadline (R-TKT-9).',
  })
  answered?: boolean;
  @Field(() => Date, { nullable: true })
  calledAt?: Date;
}

@InputType()
export class ReportPatrolFindingInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID, { nullable: true })
  roundId?: string;
  @Field(() => PatrolFindingKind)
  kind!: PatrolFindingKind;
  @Field()
  description!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was found; default now. R-TKT-10 counts from it.',
  })
  foundAt?: Date;
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
export class ChargeInput {
  @Field()
  priceItemCode!: string;
  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class CompleteTicketInput {
  @Field(() => [ChargeInput])
  charges!: ChargeInput[];
  @Field({ description: 'The customer tested the work and signed (R-TKT-5).' })
  customerSigned!: boolean;
  @Field(() => String, { nullable: true })
  note?: string;
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

@InputType()
export class UpsertPriceItemInput {
  @Field(() => ID)
  propertyId!: string;
  @Field()
  code!: string;
  @Field()
  name!: string;
  @Field(() => FenScalar)
  priceFen!: number;
}

@InputType()
export class TicketFilter {
  @Field(() => TicketKind, { nullable: true })
  kind?: TicketKind;
  @Field(() => TicketStatus, { nullable: true })
  status?: TicketStatus;
  @Field(() => ID, { nullable: true })
  propertyId?: string;
  @Field(() => ID, { nullable: true })
  assigneeId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Tickets with a breached or past-due open deadline.' })
  overdue?: boolean;
  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date;
  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date;
}

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: '1–200, default 50.' })
  first?: number;
  @Field(() => String, { nullable: true })
  after?: string;
}
