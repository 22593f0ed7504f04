import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphQLContext } from '@pm/graphql';
import { SignUpInput, SignUpResult } from './signup.inputs';
import { SignUpLimiter } from './signup.limiter';
import { SignUpService } from './signup.service';

@Resolver()
export class SignUpResolver {
  constructor(
    private service: SignUpService,
    private limiter: SignUpLimiter,
  ) {}

  @Mutation(() => SignUpResult, {
    description: 'Public and rate limited: creates a company, its Keycloak realm and its admin.',
  })
  async signUpPropertyCompany(
    @Arg('input', {
      description: 'The company, its realm slug and its first administrator.',
    })
    input: SignUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignUpResult> {
    await this.limiter.admitAddress(ctx.clientIp ?? 'unknown');
    return this.service.signUp(input);
  }
}
