import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { DateScalar } from '@pm/graphql';

export enum PolicySource {
  DEFAULT = 'DEFAULT',
  COMPANY = 'COMPANY',
  PROPERTY = 'PROPERTY',
}
registerEnumType(PolicySource, { name: 'PolicySource', description: 'Where the value in force comes from.' });

@ObjectType({ description: 'One rule value of domain-rules.md as it applies on a date.' })
export class PolicyEntry {
  @Field()
  key!: string;

  @Field(() => JSONResolver)
  value!: unknown;

  @Field(() => JSONResolver)
  defaultValue!: unknown;

  @Field(() => PolicySource)
  source!: PolicySource;

  @Field(() => DateScalar, { nullable: true })
  effectiveFrom!: string | null;

  @Field(() => [String], { description: 'Rule ids of domain-rules.md, e.g. R-BIL-4.' })
  ruleIds!: string[];

  @Field()
  description!: string;

  @Field({ description: 'Whether a property may override the company value.' })
  perProperty!: boolean;
}

@ObjectType({
  description: 'Every per-tenant rule value in force for the company or one property on a date.',
})
export class Policy {
  @Field(() => ID, { nullable: true })
  propertyId!: string | null;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => [PolicyEntry])
  values!: PolicyEntry[];
}

@ObjectType()
export class PolicyChange {
  @Field()
  key!: string;

  @Field(() => ID, { nullable: true })
  propertyId!: string | null;

  @Field(() => JSONResolver)
  value!: unknown;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  setBy!: string | null;

  @Field()
  setAt!: Date;
}

@InputType()
export class SetPolicyInput {
  @Field({ description: 'A key of the policy catalog, e.g. billing.lateFeeRatePerDay.' })
  key!: string;

  @Field(() => JSONResolver)
  value!: unknown;

  @Field(() => ID, { nullable: true, description: 'Set for one property only (keys marked perProperty).' })
  propertyId?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Default: today in the property time zone (Asia/Shanghai for the company).',
  })
  effectiveFrom?: string;
}
