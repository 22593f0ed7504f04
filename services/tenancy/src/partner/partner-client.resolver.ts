import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
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

  @Authorized(StaffRole.ADMIN)
  @Query(() => [PartnerClient], {
    description: 'The company’s partner apps, newest first, with their scopes, last use and request count.',
  })
  partnerClients(@Ctx() ctx: GraphQLContext): Promise<PartnerClient[]> {
    return this.partners.list(requirePrincipal(ctx));
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => PartnerClient, {
    description:
      'A new secret, returned once; the previous one keeps working for the policy platform.partnerSecretGraceSeconds (R-PLT-1).',
  })
  rotatePartnerClientSecret(
    @Arg('clientId', { description: 'The app’s OAuth client id (partner-…).' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnerClient> {
    return this.partners.rotateSecret(requirePrincipal(ctx), clientId);
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => PartnerClient, {
    description:
      'No new tokens; tokens already issued stop working within the verifiers’ revocation bound (R-PLT-1).',
  })
  revokePartnerClient(
    @Arg('clientId', { description: 'The app’s OAuth client id (partner-…).' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnerClient> {
    return this.partners.revoke(requirePrincipal(ctx), clientId);
  }
}
