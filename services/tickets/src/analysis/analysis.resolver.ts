import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { AddCorrectiveActionInput } from './analysis.inputs';
import { AnalysisService } from './analysis.service';
import { ComplaintAnalysis, CorrectiveActionLine } from './analysis.types';

const R = StaffRole;
/** Customer service analyses and reports to the site manager; HQ reads it too. */
const ANALYSTS = [R.CS_SUPERVISOR, R.SITE_MANAGER];

@Resolver(() => ComplaintAnalysis)
export class AnalysisResolver {
  constructor(private analyses: AnalysisService) {}

  @Authorized(...ANALYSTS, R.HQ)
  @Query(() => ComplaintAnalysis, {
    description:
      'R-TKT-15: the monthly complaint analysis of a property (by category, department, severity; timely rate; repeat complainers) with its corrective actions.',
  })
  complaintAnalysis(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('month', { description: 'YYYY-MM, property-local.' }) month: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.analyses.analysis(requirePrincipal(ctx), propertyId, month);
  }

  @Authorized(...ANALYSTS)
  @Mutation(() => CorrectiveActionLine, {
    description: 'R-TKT-15: a corrective action of the month’s analysis, with owner (staff id) and deadline.',
  })
  addCorrectiveAction(
    @Arg('input', { description: 'The action, owner and deadline.' })
    input: AddCorrectiveActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.analyses.addAction(requirePrincipal(ctx), input);
  }

  @Authorized(...ANALYSTS)
  @Mutation(() => CorrectiveActionLine, { description: 'R-TKT-15: the action is done; CONFLICT twice.' })
  completeCorrectiveAction(
    @Arg('id', () => ID, { description: 'Id of the action.' }) id: string,
    @Arg('result', { description: 'What was done (1–2000 characters).' })
    result: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.analyses.completeAction(requirePrincipal(ctx), id, result);
  }
}
