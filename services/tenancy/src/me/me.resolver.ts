import { Ctx, Field, ID, ObjectType, Query, Resolver, Authorized } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Staff } from '../staff/staff.entity';
import { StaffService } from '../staff/staff.service';

@ObjectType()
export class Me {
  @Field(() => ID)
  tenantId!: string;

  @Field({ description: 'Keycloak realm of the company.' })
  realm!: string;

  @Field(() => ID, { description: 'Keycloak user id (token subject).' })
  userId!: string;

  @Field(() => String, { nullable: true })
  username?: string;

  @Field(() => [StaffRole])
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
  @Query(() => Me)
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
