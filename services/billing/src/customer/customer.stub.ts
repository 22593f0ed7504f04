import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The customers subgraph owns Customer; billing adds balanceFen and arrearsMonths. */
@Directive('@key(fields: "id")')
@ObjectType('Customer')
export class CustomerRef {
  @Field(() => ID)
  id!: string;
}

export const resolveCustomerReference = (ref: { id: string }) => ({ id: ref.id });
