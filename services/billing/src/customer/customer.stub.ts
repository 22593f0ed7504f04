import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The customers subgraph owns Customer; billing adds balanceFen and arrearsMonths. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', {
  description:
    'A customer (客户): owner, lessee, occupant or external customer of the company (see R-CUS-1 in docs/domain-rules.md).	客户：公司的业主、租户、住户或外部客户（见 docs/domain-rules.md 中的 R-CUS-1）。',
})
export class CustomerRef {
  @Field(() => ID, { description: 'Stable id of the customer.	客户的稳定 ID。' })
  id!: string;
}

export const resolveCustomerReference = (ref: { id: string }) => ({ id: ref.id });
