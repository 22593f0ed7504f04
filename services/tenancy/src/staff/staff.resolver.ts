import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { Staff } from './staff.entity';
import { InviteStaffInput, UpdateStaffInput } from './staff.inputs';
import { StaffService } from './staff.service';

@Resolver(() => Staff)
export class StaffResolver {
  constructor(private staff: StaffService) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER)
  @Mutation(() => Staff, {
    description: 'Creates the Keycloak user with roles and property scope; username = e-mail.',
  })
  inviteStaff(
    @Arg('input', {
      description: 'The person, their roles and properties; without a password an e-mail invitation is sent.',
    })
    input: InviteStaffInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff> {
    return this.staff.invite(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER)
  @Mutation(() => Staff, {
    description:
      'R-PLT-2: the person can no longer sign in, their sessions end, their tokens stop working, and staff.left releases their open assignments.',
  })
  deactivateStaff(
    @Arg('id', () => ID, { description: 'Id of the staff member who leaves.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff> {
    return this.staff.deactivate(requirePrincipal(ctx), id);
  }

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER)
  @Mutation(() => Staff, {
    description:
      'Name, roles, properties or manager; publishes staff.changed. Changed roles or properties revoke the person’s current tokens (the next one carries the change).',
  })
  updateStaff(
    @Arg('id', () => ID, { description: 'Id of the staff member to change.' }) id: string,
    @Arg('input', {
      description: 'The changes; absent fields stay as they are.',
    })
    input: UpdateStaffInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff> {
    return this.staff.update(requirePrincipal(ctx), id, input);
  }

  // Who may pick a person for work on a site (dispatch, checks); ADMIN passes everything.
  @Authorized(StaffRole.ENGINEERING_SUPERVISOR, StaffRole.CS_SUPERVISOR, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => [Staff], {
    description:
      'Staff working on a property (its site staff; company-wide roles are not listed), optionally of one role, by name; at most 200. For pickers such as dispatch.',
  })
  staffMembers(
    @Arg('propertyId', () => ID, {
      description: 'The property whose site staff are listed.',
    })
    propertyId: string,
    @Arg('role', () => StaffRole, {
      description: 'Only people holding this role; all roles when absent.',
      nullable: true,
    })
    role: StaffRole | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff[]> {
    return this.staff.onProperty(requirePrincipal(ctx), propertyId, role ?? undefined);
  }
}

export function resolveStaffReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Staff', (ids) => ctx.db.tx((em) => StaffService.byIds(em, ids), principal)).load(
    ref.id,
  );
}
