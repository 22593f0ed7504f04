import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Property is tenancy's entity; this subgraph adds customerKpis (kpi/kpi.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id!: string;
}

export const resolvePropertyReference = (ref: { id: string }): PropertyRef => ({ id: ref.id });
