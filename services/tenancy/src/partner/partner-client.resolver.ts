import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PartnerOperationService } from './partner-operation.service';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { PartnerClient } from './partner-client.entity';
import { CreatePartnerClientInput } from './partner-client.inputs';
import { PartnerClientService } from './partner-client.service';

@Resolver(() => PartnerClient)
export class PartnerClientResolver {
  constructor(
    private partners: PartnerClientService,
    private operations: PartnerOperationService,
  ) {}

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => PartnerClient, {
    description: 'A confidential client for a partner app; its secret is returned once.',
  })
  createPartnerClient(
    @Arg('input', {
      description: 'Name, roles, properties, scopes and persisted-only mark of the app.',
    })
    input: CreatePartnerClientInput,
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

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => [String], {
    description:
      'Registers operations the app may run by id (the SHA-256 hex of each document, returned in order); send { "id": "<hash>", "variables": {…} } to the gateway.',
  })
  registerPartnerOperations(
    @Arg('clientId', { description: 'The app’s OAuth client id (partner-…).' }) clientId: string,
    @Arg('documents', () => [String], {
      description: 'GraphQL documents, one query or mutation each, at most 100 per call.',
    })
    documents: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<string[]> {
    return this.operations.register(requirePrincipal(ctx), clientId, documents);
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => PartnerClient, {
    description: 'Marks the app as running registered operations only (or lifts the mark).',
  })
  setPartnerClientPersistedOnly(
    @Arg('clientId', { description: 'The app’s OAuth client id (partner-…).' }) clientId: string,
    @Arg('persistedOnly', {
      description: 'True: registered operations only; false: any operation its roles and scopes allow.',
    })
    persistedOnly: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnerClient> {
    return this.operations.setPersistedOnly(requirePrincipal(ctx), clientId, persistedOnly);
  }

  @FieldResolver(() => String, {
    description: 'Where the partner exchanges its client id and secret for a token.',
  })
  tokenUrl(@Root() c: PartnerClient, @Ctx() ctx: GraphQLContext): string | Promise<string> {
    if (c.tokenUrl) return c.tokenUrl;
    const principal = requirePrincipal(ctx);
    // One read of the company's realm per request, however many clients are listed.
    return loaderFor<{ id: string; url: string }>(ctx, 'partner-token-url', async (ids) => {
      const url = await this.partners.tokenUrlOf(principal);
      return ids.map((id) => ({ id, url }));
    })
      .load(principal.tenantId)
      .then((r) => r!.url);
  }
}
