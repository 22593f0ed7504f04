import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { DateScalar } from '@pm/graphql';

export enum PolicySource {
  DEFAULT = 'DEFAULT',
  COMPANY = 'COMPANY',
  PROPERTY = 'PROPERTY',
}
registerEnumType(PolicySource, {
  valuesConfig: {
    DEFAULT: {
      description: 'The platform default from docs/domain-rules.md; nobody changed it.',
    },
    COMPANY: { description: 'Set by the company for all its properties.' },
    PROPERTY: {
      description: 'Set for this property only, overriding the company value.',
    },
  },
  name: 'PolicySource',
  description: 'Where the value in force comes from.',
});

@ObjectType({ description: 'One rule value of docs/domain-rules.md as it applies on a date.' })
export class PolicyEntry {
  @Field({
    description: 'Key of the policy catalog, e.g. billing.lateFeeRatePerDay.',
  })
  key!: string;

  @Field(() => JSONResolver, {
    description:
      'The value in force on the date (JSON: number, string, boolean or object as the key defines).',
  })
  value!: unknown;

  @Field(() => JSONResolver, {
    description: 'The platform default, from docs/domain-rules.md.',
  })
  defaultValue!: unknown;

  @Field(() => PolicySource, {
    description: "Whether the value is the default, the company's or the property's.",
  })
  source!: PolicySource;

  @Field(() => DateScalar, {
    description: 'First day the value in force applies (YYYY-MM-DD); null for the default.',
    nullable: true,
  })
  effectiveFrom!: string | null;

  @Field(() => [String], { description: 'Rule ids of docs/domain-rules.md, e.g. R-BIL-4.' })
  ruleIds!: string[];

  @Field({
    description: 'What the value governs, in English, with its unit.',
  })
  description!: string;

  @Field({ description: 'Whether a property may override the company value.' })
  perProperty!: boolean;
}

@ObjectType({
  description: 'Every per-tenant rule value in force for the company or one property on a date.',
})
export class Policy {
  @Field(() => ID, {
    description: 'The property whose overrides are included; null for the company values.',
    nullable: true,
  })
  propertyId!: string | null;

  @Field(() => DateScalar, {
    description: 'The date the values apply on (YYYY-MM-DD).',
  })
  asOf!: string;

  @Field(() => [PolicyEntry], {
    description: 'Every key of the policy catalog with the value in force.',
  })
  values!: PolicyEntry[];
}

@ObjectType({
  description: 'One change of a policy value: what was set, for which property, from which date and by whom.',
})
export class PolicyChange {
  @Field({ description: 'Key of the policy catalog that changed.' })
  key!: string;

  @Field(() => ID, {
    description: 'The property the value was set for; null for the company value.',
    nullable: true,
  })
  propertyId!: string | null;

  @Field(() => JSONResolver, { description: 'The value set (JSON).' })
  value!: unknown;

  @Field(() => DateScalar, {
    description: 'First day the value applies (YYYY-MM-DD).',
  })
  effectiveFrom!: string;

  @Field(() => String, {
    description: 'Keycloak user id of who set it; null when set by the platform.',
    nullable: true,
  })
  setBy!: string | null;

  @Field({ description: 'When it was set (UTC).' })
  setAt!: Date;
}

@InputType({
  description: 'A policy value to set from a date, for the company or one property.',
})
export class SetPolicyInput {
  @Field({ description: 'A key of the policy catalog, e.g. billing.lateFeeRatePerDay.' })
  key!: string;

  @Field(() => JSONResolver, {
    description: "The value (JSON), checked against the key's type and bounds (VALIDATION_FAILED otherwise).",
  })
  value!: unknown;

  @Field(() => ID, { nullable: true, description: 'Set for one property only (keys marked perProperty).' })
  propertyId?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Default: today in the property time zone (Asia/Shanghai for the company).',
  })
  effectiveFrom?: string;
}
