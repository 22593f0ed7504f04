import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Directive } from 'type-graphql';
import { DateScalar, connectionOf, FenScalar } from '@pm/graphql';

export enum BillStatusEnum {
  ISSUED = 'ISSUED',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
}
registerEnumType(BillStatusEnum, {
  name: 'BillStatus',
  description: 'ISSUED (nothing paid), PARTIALLY_PAID, PAID.',
});

@ObjectType({ description: 'One fee item of a bill, with the quantity and unit price it was made with.' })
export class BillLine {
  @Field({ description: 'MANAGEMENT, WATER, ELECTRICITY, GAS or REPAIR.' })
  kind!: string;
  @Field()
  description!: string;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field(() => ID, { nullable: true, description: 'The repair ticket of a REPAIR line (R-TKT-5).' })
  ticketId?: string | null;
  @Field(() => Float, { nullable: true })
  quantity?: number | null;
  @Field(() => FenScalar, { nullable: true })
  unitPriceFen?: number | null;
}

@ObjectType({ description: 'A dunning round (催缴, R-BIL-6) and its delivery.' })
export class DunningRound {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  round!: number;
  @Field(() => DateScalar)
  scheduledOn!: string;
  @Field({
    description: 'PROPERTY_ASSISTANT (1, by hand), CS_SUPERVISOR (2, visit), CS_HEAD (3, in writing).',
  })
  responsibleRole!: string;
  @Field()
  method!: string;
  @Field()
  generatedAt!: Date;
  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
  @Field()
  signedReceipt!: boolean;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'How a late fee was computed: Σ days × base × rate, rounded once.' })
export class LateFeeSegment {
  @Field(() => DateScalar)
  from!: string;
  @Field(() => DateScalar)
  to!: string;
  @Field(() => Int)
  days!: number;
  @Field(() => FenScalar)
  baseFen!: number;
}

@ObjectType()
export class LateFeeExplanation {
  @Field(() => FenScalar)
  feeFen!: number;
  @Field({ description: 'Rate per day as an exact decimal, e.g. "0.0005".' })
  ratePerDay!: string;
  @Field()
  rounding!: string;
  @Field(() => [LateFeeSegment])
  segments!: LateFeeSegment[];
  @Field()
  text!: string;
}

@ObjectType()
export class BillDispute {
  @Field(() => ID)
  id!: string;
  @Field()
  reason!: string;
  @Field()
  raisedAt!: Date;
}

@Directive('@key(fields: "id")')
@ObjectType('Bill', { description: 'A monthly bill (交款通知书) of one unit; money in integer fen.' })
export class Bill {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'YYYY-MM' })
  period!: string;
  @Field(() => BillStatusEnum)
  status!: BillStatusEnum;
  @Field(() => DateScalar, { description: 'The day the payment notice was issued.' })
  issuedOn!: string;
  @Field(() => DateScalar)
  dueDate!: string;
  @Field(() => FenScalar)
  totalFen!: number;
  @Field(() => FenScalar)
  paidFen!: number;
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID, { nullable: true, description: 'The paying customer at billing time; null when unknown.' })
  customerId!: string | null;
  @Field({ description: 'Late fee rate per day in force for this bill (R-BIL-4), exact decimal.' })
  lateFeeRate!: string;
  @Field({ description: 'Rounding rule applied once to the late fee (R-BIL-4).' })
  rounding!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'On the enforcement list since (after the last dunning round).',
  })
  enforcementSince!: string | null;
}

export const BillConnection = connectionOf(Bill);

@InputType('BillFilter')
export class BillFilterInput {
  @Field(() => ID, { nullable: true })
  propertyId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => ID, { nullable: true })
  unitId?: string;
  @Field({ nullable: true })
  period?: string;
  @Field(() => BillStatusEnum, { nullable: true })
  status?: BillStatusEnum;
}
