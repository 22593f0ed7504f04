import { FenScalar } from '@pm/graphql';
import { Field, InputType } from 'type-graphql';
import { MaterialCheck, RepairPriority } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType({
  description:
    'A repair request (报修) as the front desk takes it (see R-TKT-1 to R-TKT-7 in docs/domain-rules.md).	前台受理的报修（见 docs/domain-rules.md 中的 R-TKT-1 至 R-TKT-7）。',
})
export class ReportRepairInput extends TicketIntakeInput {
  @Field({ description: 'What is wrong (1–2000 characters).	问题描述（1–2000 个字符）。' })
  description!: string;
  @Field(() => RepairPriority, { description: 'Urgent, express or normal.	紧急、加急或普通。' })
  priority!: RepairPriority;
  @Field(() => String, {
    nullable: true,
    description: 'Price-list code; absent = not on the list, a quote is needed (R-TKT-3).',
  })
  priceItemCode?: string;
  @Field(() => Date, {
    description:
      'Appointment with the customer (ISO-8601 with offset), optional.	与客户的预约时间（带时区偏移的 ISO-8601），可选。',
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
  @Field(() => FenScalar, { description: 'Price quoted, in fen.	报价金额，单位：分。' })
  priceFen!: number;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  feasible?: boolean;
  @Field(() => String, { nullable: true, description: 'Charge code of the quoted item; default QUOTE.' })
  code?: string;
}

@InputType({
  description:
    "The customer's refusal of the work (see R-TKT-4 in docs/domain-rules.md).	客户拒绝维修（见 docs/domain-rules.md 中的 R-TKT-4）。",
})
export class RefuseTicketInput {
  @Field({ description: 'Why the customer refuses (1–2000 characters).	客户拒绝的原因（1–2000 个字符）。' })
  reason!: string;
  @Field(() => [String], {
    description: 'Names of those signing (technician, supervisor); the policy says how many.',
  })
  signatures!: string[];
}

@InputType({
  description:
    'The check of customer-supplied material (see R-TKT-4 in docs/domain-rules.md).	客户自备材料的检查（见 docs/domain-rules.md 中的 R-TKT-4）。',
})
export class CheckMaterialInput {
  @Field(() => MaterialCheck, { description: 'Pass, fail or poor.	合格、不合格或质量差。' })
  result!: MaterialCheck;
  @Field(() => String, { description: 'Note (optional).	备注（可选）。', nullable: true })
  note?: string;
}
