import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { CustomerImport } from './import.entity';
import { ImportService } from './import.service';

@Resolver(() => CustomerImport)
export class ImportResolver {
  constructor(private imports: ImportService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => CustomerImport, {
    description:
      'CSV (UTF-8, BOM allowed, quoted fields) with header name,phone,kind[,idNumber,birthday,building,unitNumber,moveInDate]. All rows or none; rejected rows are reported.',
  })
  importCustomers(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('csv') csv: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.imports.run(requirePrincipal(ctx), propertyId, csv);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => CustomerImport, {
    nullable: true,
    description: 'Progress (processed / total) and report of an import.',
  })
  customerImport(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.imports.get(requirePrincipal(ctx), id);
  }
}
