import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Tenancy owns Property; billing adds billingKpis (HQ reports). */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.',
})
export class PropertyRef {
  @Field(() => ID, { description: 'Stable id of the property.' })
  id!: string;
}

export const resolvePropertyReference = (ref: { id: string }) => ({ id: ref.id });
