import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Tenancy owns Property; billing adds billingKpis (HQ reports). */
@Directive('@key(fields: "id")')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id!: string;
}

export const resolvePropertyReference = (ref: { id: string }) => ({ id: ref.id });
