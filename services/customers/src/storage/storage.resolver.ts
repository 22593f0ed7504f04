import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { StorageItem } from './storage.entity';
import { ReturnStoredItemInput, StoreItemInput } from './storage.inputs';
import { StorageService } from './storage.service';

@ObjectType({ description: 'A line of the storage log with whether it is held too long (R-CUS-10).' })
export class StorageLogLine extends StorageItem {
  @Field({ description: 'Held longer than the policy customers.storageMaxDays allows.' })
  overdue!: boolean;
}

const StorageLogConnection = connectionOf(StorageLogLine);

@Resolver(() => StorageLogLine)
export class StorageResolver {
  constructor(private storage: StorageService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => StorageLogLine, { description: 'R-CUS-10: the front desk takes an item to hold (寄存).' })
  storeItem(
    @Arg('input', { description: 'The property, customer and item.' })
    input: StoreItemInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.storage.store(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => StorageLogLine, {
    description: 'R-CUS-10: a held item goes back; who collected it is recorded.',
  })
  returnStoredItem(
    @Arg('input', { description: 'The log line and who collects it.' })
    input: ReturnStoredItemInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.storage.returnItem(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => StorageLogConnection, {
    description: 'R-CUS-10: the storage log of a property, oldest first.',
  })
  storageLog(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('open', () => Boolean, { nullable: true, description: 'Only items still held.' })
    open: boolean | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.storage.log(requirePrincipal(ctx), propertyId, open ?? undefined, page);
  }
}
