import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Tenancy owns Property; billing adds billingKpis (HQ reports). */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.	公司管理的一个物业项目（小区/大厦/广场/购物中心）：员工与对接应用的项目范围以此为单位。',
})
export class PropertyRef {
  @Field(() => ID, { description: 'Stable id of the property.	物业项目的稳定 ID。' })
  id!: string;
}

export const resolvePropertyReference = (ref: { id: string }) => ({ id: ref.id });
