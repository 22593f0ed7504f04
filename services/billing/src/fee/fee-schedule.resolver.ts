import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal, FenScalar } from '@pm/graphql';
import { FeeScheduleService } from './fee-schedule.service';

@ObjectType({
  description: 'Fee item prices of a property from a date (R-BIL-1); bills copy the prices they used.',
})
export class FeeSchedule {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => DateScalar)
  effectiveFrom!: string;
  @Field(() => FenScalar, { description: 'Management fee per m² per month, fen.' })
  managementFenPerSqm!: number;
  @Field(() => FenScalar, { description: 'Fen per m³.' })
  waterFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Fen per kWh.' })
  electricityFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Fen per m³.' })
  gasFenPerUnit!: number;
  @Field({ description: 'True when the property has no schedule yet and the platform defaults apply.' })
  isDefault!: boolean;
}

@InputType()
export class SetFeeScheduleInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => DateScalar)
  effectiveFrom!: string;
  @Field(() => FenScalar)
  managementFenPerSqm!: number;
  @Field(() => FenScalar)
  waterFenPerUnit!: number;
  @Field(() => FenScalar)
  electricityFenPerUnit!: number;
  @Field(() => FenScalar)
  gasFenPerUnit!: number;
}

@Resolver(() => FeeSchedule)
export class FeeScheduleResolver {
  constructor(private fees: FeeScheduleService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => FeeSchedule)
  setFeeSchedule(@Arg('input') input: SetFeeScheduleInput, @Ctx() ctx: GraphQLContext) {
    return this.fees.set(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.FRONT_DESK)
  @Query(() => FeeSchedule, { nullable: true })
  feeSchedule(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.fees.get(requirePrincipal(ctx), propertyId, asOf);
  }
}
