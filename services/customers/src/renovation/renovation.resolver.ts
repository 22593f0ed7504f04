import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { Renovation } from './renovation.entity';
import {
  ApplyRenovationInput,
  RecordRenovationInspectionInput,
  RequestRenovationInspectionInput,
} from './renovation.inputs';
import { RenovationService } from './renovation.service';

@ObjectType({ description: 'A renovation with whether its pending inspection is overdue (R-CUS-11).' })
export class RenovationLine extends Renovation {
  @Field({ description: 'The pending inspection is past its due date (customers.renovationInspectionDays).' })
  inspectionOverdue!: boolean;
}

const RenovationConnection = connectionOf(RenovationLine);

@Resolver(() => RenovationLine)
export class RenovationResolver {
  constructor(private service: RenovationService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => RenovationLine, {
    description:
      'R-CUS-11: a renovation application (装修申请), at least the policy days before the works start.',
  })
  applyRenovation(
    @Arg('input', {
      description: 'The customer, unit, start, contractor and works.',
    })
    input: ApplyRenovationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.apply(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => RenovationLine, {
    description:
      'R-CUS-11: works added before acceptance; after acceptance they need a new application (CONFLICT).',
  })
  addRenovationWorks(
    @Arg('renovationId', () => ID, { description: 'The renovation.' }) id: string,
    @Arg('works', () => [String], {
      description: 'The works added (1–200 characters each).',
    })
    works: string[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.addWorks(requirePrincipal(ctx), id, works);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => RenovationLine, {
    description: 'R-CUS-11: an inspection is asked for; it is due within customers.renovationInspectionDays.',
  })
  requestRenovationInspection(
    @Arg('input', { description: 'The renovation and the inspection asked for.' })
    input: RequestRenovationInspectionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.requestInspection(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => RenovationLine, {
    description:
      'R-CUS-11: the pending inspection’s result; a formal or combined pass accepts the renovation (renovation.accepted).',
  })
  recordRenovationInspection(
    @Arg('input', {
      description: 'The renovation, whether it passed and the findings.',
    })
    input: RecordRenovationInspectionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.recordInspection(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => RenovationLine, {
    description: 'R-CUS-11: a violation (违章装修); no inspection until rectified.',
  })
  recordRenovationViolation(
    @Arg('renovationId', () => ID, { description: 'The renovation.' }) id: string,
    @Arg('description', {
      description: 'What the violation is (1–2000 characters).',
    })
    description: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.recordViolation(requirePrincipal(ctx), id, description);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => RenovationLine, {
    description:
      'Records that a renovation violation was rectified; inspections may go on once none is open.',
  })
  rectifyRenovationViolation(
    @Arg('renovationId', () => ID, { description: 'The renovation.' }) id: string,
    @Arg('violationId', () => ID, { description: 'The violation.' }) violationId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.rectifyViolation(requirePrincipal(ctx), id, violationId);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => RenovationConnection, {
    description: 'R-CUS-11: the renovations of a property, oldest first.',
  })
  renovations(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('open', () => Boolean, { nullable: true, description: 'Only those not accepted yet.' })
    open: boolean | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.list(requirePrincipal(ctx), propertyId, open ?? undefined, page);
  }
}
