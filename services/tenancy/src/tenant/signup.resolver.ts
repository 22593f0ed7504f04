import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ErrorCode } from '@pm/contracts';
import { DomainError, GraphQLContext, RateLimiter } from '@pm/graphql';
import { SignUpInput, SignUpResult } from './signup.inputs';
import { SignUpService } from './signup.service';

@Resolver()
export class SignUpResolver {
  constructor(
    private service: SignUpService,
    private limiter: RateLimiter,
  ) {}

  @Mutation(() => SignUpResult, {
    description: 'Public and rate limited: creates a company, its Keycloak realm and its admin.',
  })
  async signUpPropertyCompany(
    @Arg('input') input: SignUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignUpResult> {
    if (!this.limiter.take(ctx.clientIp ?? 'unknown'))
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        'too many sign-ups from this address; try again in a minute',
      );
    return this.service.signUp(input);
  }
}
