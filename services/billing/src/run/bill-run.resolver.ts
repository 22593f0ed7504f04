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
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { BillRunService } from './bill-run.service';

export enum BillingRunStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(BillingRunStatus, { name: 'BillingRunStatus' });

@ObjectType({
  description: 'A bill run of one property and period; runs in the background — poll billingRun(id).',
})
export class BillingRun {
  @Field(() => ID)
  id!: string;
  @Field(() => BillingRunStatus)
  status!: BillingRunStatus;
  @Field(() => Int, { description: 'Bills of this property and period made so far (all attempts).' })
  billsCreated!: number;
  @Field(() => Int, { description: 'Units of the property when the run (attempt) started.' })
  unitsTotal!: number;
  @Field(() => Int, { description: 'Units processed by the current attempt.' })
  unitsDone!: number;
  @Field(() => ID)
  propertyId!: string;
  @Field()
  period!: string;
  @Field(() => Int)
  attempts!: number;
  @Field(() => String, { nullable: true })
  error!: string | null;
  @Field()
  startedAt!: Date;
  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@InputType()
export class RunBillingInput {
  @Field(() => ID)
  propertyId!: string;
  @Field({ description: 'YYYY-MM' })
  period!: string;
}

@Resolver(() => BillingRun)
export class BillRunResolver {
  constructor(private runs: BillRunService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => BillingRun, {
    description:
      'R-BIL-2: one bill per unit for the period; idempotent per property and period (a second call or a re-run after a failure adds only missing bills).',
  })
  runBilling(@Arg('input') input: RunBillingInput, @Ctx() ctx: GraphQLContext) {
    return this.runs.start(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => BillingRun, { nullable: true })
  billingRun(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.runs.get(requirePrincipal(ctx), id);
  }
}
