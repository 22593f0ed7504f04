import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The customers subgraph owns Customer; billing adds balanceFen and arrearsMonths. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', {
  description:
    'A customer (客户): owner, lessee, occupant or external customer of the company (see R-CUS-1 in docs/domain-rules.md).',
})
export class CustomerRef {
  @Field(() => ID, { description: 'Stable id of the customer.' })
  id!: string;
}

export const resolveCustomerReference = (ref: { id: string }) => ({ id: ref.id });
