import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { Staff } from './staff.entity';
import { InviteStaffInput } from './staff.inputs';
import { StaffService } from './staff.service';

@Resolver(() => Staff)
export class StaffResolver {
  constructor(private staff: StaffService) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER)
  @Mutation(() => Staff, {
    description: 'Creates the Keycloak user with roles and property scope; username = e-mail.',
  })
  inviteStaff(@Arg('input') input: InviteStaffInput, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return this.staff.invite(requirePrincipal(ctx), input);
  }
}

export function resolveStaffReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Staff', (ids) => ctx.db.tx((em) => StaffService.byIds(em, ids), principal)).load(
    ref.id,
  );
}
