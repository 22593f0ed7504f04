import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { VacantCleaning } from './vacant-cleaning.entity';
import { RecordVacantCleaningInput } from './vacant-cleaning.inputs';
import { VacantCleaningService } from './vacant-cleaning.service';
import { VacantCleaningList } from './vacant-cleaning.types';

const R = StaffRole;
/** The patrol roles, and the property assistant (物业管理员) whose duty list 第4篇 12.2 is. */
const VACANT_CLEANING_ROLES = [
  R.PROPERTY_ASSISTANT,
  R.SECURITY,
  R.SITE_MANAGER,
  R.CS_SUPERVISOR,
  R.ENGINEERING_SUPERVISOR,
];

@Resolver(() => VacantCleaning)
export class VacantCleaningResolver {
  constructor(private cleanings: VacantCleaningService) {}

  @Authorized(...VACANT_CLEANING_ROLES)
  @Query(() => VacantCleaningList, {
    description:
      'R-TKT-16: the units of a property vacant on `asOf`, each with its last cleaning, when the next is due and whether it is overdue.',
  })
  vacantCleaningDue(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'YYYY-MM-DD, property-local; default today.',
    })
    asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.cleanings.due(requirePrincipal(ctx), propertyId, asOf ?? undefined);
  }

  @Authorized(...VACANT_CLEANING_ROLES)
  @Mutation(() => VacantCleaning, {
    description:
      'R-TKT-16: records the cleaning of a vacant unit; each damage found opens a repair order. The same unit and day twice: CONFLICT.',
  })
  recordVacantCleaning(
    @Arg('input', { description: 'The unit, day, checklist and damages.' }) input: RecordVacantCleaningInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.cleanings.record(requirePrincipal(ctx), input);
  }
}
