import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { PartnerClient } from './partner-client.entity';
import { CreatePartnerClientInput } from './partner-client.inputs';
import { PartnerClientService } from './partner-client.service';

@Resolver(() => PartnerClient)
export class PartnerClientResolver {
  constructor(private partners: PartnerClientService) {}

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => PartnerClient, {
    description: 'A confidential client for a partner app; its secret is returned once.',
  })
  createPartnerClient(
    @Arg('input') input: CreatePartnerClientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnerClient> {
    return this.partners.create(requirePrincipal(ctx), input);
  }
}
