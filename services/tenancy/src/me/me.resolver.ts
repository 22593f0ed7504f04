import { Ctx, Field, ID, ObjectType, Query, Resolver, Authorized } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Staff } from '../staff/staff.entity';
import { StaffService } from '../staff/staff.service';

@ObjectType({
  description: 'The caller as the token says: company, user, roles and property scope.',
})
export class Me {
  @Field(() => ID, {
    description: "Id of the caller's company (from the verified token's realm).",
  })
  tenantId!: string;

  @Field({ description: 'Keycloak realm of the company.' })
  realm!: string;

  @Field(() => ID, { description: 'Keycloak user id (token subject).' })
  userId!: string;

  @Field(() => String, {
    description:
      'Sign-in name (the e-mail for staff, service-account-<client> for a partner app); null when the token has none.',
    nullable: true,
  })
  username?: string;

  @Field(() => [StaffRole], { description: "The caller's roles." })
  roles!: StaffRole[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Null for company-wide roles, which see every property.',
  })
  propertyIds!: string[] | null;

  @Field(() => Staff, { nullable: true, description: 'The staff record; null for partner clients.' })
  staff!: Staff | null;
}

@Resolver()
export class MeResolver {
  constructor(private staff: StaffService) {}

  @Authorized()
  @Query(() => Me, {
    description: "Who is calling: the token's company, user, roles and property scope.",
  })
  async me(@Ctx() ctx: GraphQLContext): Promise<Me> {
    const p = requirePrincipal(ctx);
    return {
      tenantId: p.tenantId,
      realm: p.realm,
      userId: p.actor.id ?? '',
      username: p.username,
      roles: p.roles,
      propertyIds: p.propertyScope === 'ALL' ? null : p.propertyScope,
      staff: p.actor.id ? await this.staff.byKeycloakUser(p.actor.id) : null,
    };
  }
}
