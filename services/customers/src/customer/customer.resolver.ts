import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, connectionOf, loaderFor, requirePrincipal } from '@pm/graphql';

import { PiiCipher, maskIdNumber, maskPhone, seesUnmasked } from '../common/pii';
import { CustomerService } from './customer.service';
import { Customer, CustomerFilter, RegisterCustomerInput } from './customer.types';

export const CustomerConnection = connectionOf(Customer);

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: '1–200, default 50.' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

/** Site roles that work with customer records (register, move in/out). */
export const CUSTOMER_STAFF = [
  StaffRole.FRONT_DESK,
  StaffRole.PROPERTY_ASSISTANT,
  StaffRole.CS_SUPERVISOR,
  StaffRole.SITE_MANAGER,
];
/** Roles that may read customer records (personal fields masked for most, see pii.ts). */
export const CUSTOMER_READERS = [...CUSTOMER_STAFF, StaffRole.FINANCE, StaffRole.HQ];

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(
    private service: CustomerService,
    private cipher: PiiCipher,
  ) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Customer, { description: 'R-CUS-1. Creates the customer and its archive (R-ARC-1).' })
  registerCustomer(
    @Arg('input') input: RegisterCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Customer> {
    return this.service.register(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => Customer, {
    nullable: true,
    description: 'Null for other tenants, other sites and unknown ids.',
  })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.service.get(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => CustomerConnection)
  customers(
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter: CustomerFilter | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.list(requirePrincipal(ctx), filter, page);
  }

  @FieldResolver(() => String, {
    description:
      'Masked (138****5678) unless the caller is SITE_MANAGER, an archive keeper or ADMIN; unmasked reads are logged.',
  })
  phone(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return this.pii(c.id, 'phone', c.phoneEnc, maskPhone, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Masked (4403**********1234) unless the caller is SITE_MANAGER, an archive keeper or ADMIN; unmasked reads are logged.',
  })
  idNumber(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return c.idNumberEnc ? this.pii(c.id, 'idNumber', c.idNumberEnc, maskIdNumber, ctx) : null;
  }

  private async pii(
    customerId: string,
    field: string,
    stored: string,
    mask: (v: string) => string,
    ctx: GraphQLContext,
  ): Promise<string> {
    const principal = requirePrincipal(ctx);
    const plain = this.cipher.decrypt(stored);
    if (!seesUnmasked(principal.roles)) return mask(plain);
    // One insert for every unmasked field read by this request's tick.
    await loaderFor<{ id: string }>(ctx, 'pii-log', async (keys) => {
      await ctx.db.tx((em) => CustomerService.logPiiReads(em, keys), principal);
      return keys.map((id) => ({ id }));
    }).load(`${customerId}:${field}`);
    return plain;
  }
}

export function resolveCustomerReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Customer', (ids) =>
    ctx.db.tx((em) => CustomerService.byIds(em, principal, ids), principal),
  ).load(ref.id);
}
