import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { DunningService } from './dunning.service';
import { DunningRound } from '../bill/bill.types';

@ObjectType()
export class DunningResult {
  @Field(() => Int)
  roundsCreated!: number;
  @Field(() => Int, { description: 'Bills that passed their last round and went on the enforcement list.' })
  enforcementListed!: number;
}

@InputType()
export class DunningDeliveryInput {
  @Field(() => ID)
  roundId!: string;
  @Field()
  deliveredAt!: Date;
  @Field({ description: 'The customer signed the receipt (回执).' })
  signedReceipt!: boolean;
  @Field({ nullable: true })
  note?: string;
}

@Resolver()
export class DunningResolver {
  constructor(private dunning: DunningService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => DunningResult, {
    description: 'R-BIL-6: generates the rounds due by asOf (also run by a scheduler).',
  })
  runDunning(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.run(requirePrincipal(ctx), propertyId, asOf);
  }

  @Authorized(
    StaffRole.FINANCE,
    StaffRole.PROPERTY_ASSISTANT,
    StaffRole.CS_SUPERVISOR,
    StaffRole.SITE_MANAGER,
  )
  @Mutation(() => DunningRound)
  recordDunningDelivery(@Arg('input') input: DunningDeliveryInput, @Ctx() ctx: GraphQLContext) {
    return this.dunning.recordDelivery(requirePrincipal(ctx), input);
  }
}
