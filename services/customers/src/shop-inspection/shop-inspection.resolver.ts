import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { DuctCleaning, Shop, ShopContract, ShopInspection } from './shop-inspection.entity';
import {
  RecordDuctCleaningInput,
  RecordShopInspectionInput,
  RecordShopRectificationInput,
  RegisterShopContractInput,
  RegisterShopInput,
} from './shop-inspection.inputs';
import { ShopInspectionService } from './shop-inspection.service';
import { ShopInspectionStatus } from './shop-inspection.types';

/** Those who inspect for fire safety (R-CUS-9) inspect shops too. */
@Resolver(() => Shop)
export class ShopInspectionResolver {
  constructor(private shops: ShopInspectionService) {}

  @FieldResolver(() => Customer, { description: 'The tenant’s customer record.' })
  customer(@Root() shop: Shop, @Ctx() ctx: GraphQLContext) {
    return this.shops.customer(requirePrincipal(ctx), shop.customerId);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => [ShopInspectionStatus], {
    description:
      'R-CUS-15: each shop of a property whose tenant occupies its unit on the day, with its last and next inspection, open rectifications and F&B contract or duct-cleaning problems; those needing attention first.',
  })
  shopInspectionsDue(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('asOf', () => DateScalar, {
      description: 'The day (property time); today by default.',
      nullable: true,
    })
    asOf: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.shops.due(requirePrincipal(ctx), propertyId, asOf);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Shop, {
    description:
      'R-CUS-15: puts a shop tenant occupying a unit of the property under the inspection cycle; its first inspection is due at once.',
  })
  registerShop(
    @Arg('input', { description: 'The unit, its tenant and whether it is F&B.' }) input: RegisterShopInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.shops.register(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => ShopInspection, {
    description:
      'R-CUS-15: records an inspection of a shop; a failed one opens a rectification (整改通知) with its deadline.',
  })
  recordShopInspection(
    @Arg('input', { description: 'The shop, day and what was found.' }) input: RecordShopInspectionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.shops.recordInspection(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => ShopInspection, {
    description: 'R-CUS-15: records a failed inspection’s rectification done.',
  })
  recordShopRectification(
    @Arg('input', { description: 'The inspection and the day done.' }) input: RecordShopRectificationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.shops.recordRectification(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => ShopContract, {
    description: 'R-CUS-15: puts a duct-cleaning or pest-control contract of a shop on file.',
  })
  registerShopContract(
    @Arg('input', { description: 'The shop, kind, contractor and period.' }) input: RegisterShopContractInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.shops.registerContract(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => DuctCleaning, {
    description: 'R-CUS-15: records a kitchen-exhaust duct cleaning carried out.',
  })
  recordDuctCleaning(
    @Arg('input', { description: 'The shop and the day cleaned.' }) input: RecordDuctCleaningInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.shops.recordDuctCleaning(requirePrincipal(ctx), input);
  }
}
