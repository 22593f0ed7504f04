import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import {
  DateScalar,
  GraphQLContext,
  PageArgsInput,
  connectionOf,
  loaderFor,
  requirePrincipal,
} from '@pm/graphql';
import { maskIdNumber, maskPhone, seesUnmasked } from '../common/pii';
import { Customer } from './customer.entity';
import { CustomerFilter, RegisterCustomerInput } from './customer.inputs';
import { CustomerService } from './customer.service';

const CustomerConnection = connectionOf(Customer);

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
  constructor(private service: CustomerService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Customer, { description: 'R-CUS-1. Creates the customer and its archive (R-ARC-1).' })
  registerCustomer(
    @Arg('input', { description: "The customer's data." }) input: RegisterCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Customer> {
    return this.service.register(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => Customer, {
    nullable: true,
    description: 'Null for other tenants, other sites and unknown ids.',
  })
  customer(
    @Arg('id', () => ID, { description: 'Id of the customer.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.get(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => CustomerConnection, {
    description:
      'Customers the caller may see (property scope), oldest first; personal data masked unless the role and, for partner apps, customers:personal-data allow it.',
  })
  customers(
    @Arg('filter', () => CustomerFilter, {
      description: 'Narrows the list; absent fields do not filter.',
      nullable: true,
    })
    filter: CustomerFilter | undefined,
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
    return this.pii(c.id, 'phone', c.phone, maskPhone, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Masked to region and check character (440301***********4) unless the caller is SITE_MANAGER, an archive keeper or ADMIN; unmasked reads are logged.',
  })
  idNumber(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return c.idNumber ? this.pii(c.id, 'idNumber', c.idNumber, maskIdNumber, ctx) : null;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'Null for callers who see masked ID numbers: with the birth date, the masked number would narrow a person down to a handful of candidates.',
  })
  birthday(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return seesUnmasked(requirePrincipal(ctx)) ? (c.birthday ?? null) : null;
  }

  private async pii(
    customerId: string,
    field: string,
    plain: string,
    mask: (v: string) => string,
    ctx: GraphQLContext,
  ): Promise<string> {
    const principal = requirePrincipal(ctx);
    if (!seesUnmasked(principal)) return mask(plain);
    // One transaction for every unmasked field read by this request's tick.
    await loaderFor<{ id: string }>(ctx, 'pii-log', async (keys) => {
      const reads = keys.map((k) => {
        const [id, f] = k.split(':');
        return { customerId: id, field: f };
      });
      await ctx.db.tx(async (em) => CustomerService.logPiiReads(em, reads), principal);
      return keys.map((id) => ({ id }));
    }).load(`${customerId}:${field}`);
    return plain;
  }
}

export function resolveCustomerReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Customer', (ids) =>
    ctx.db.tx((em) => CustomerService.byIds(em, ids), principal),
  ).load(ref.id);
}
