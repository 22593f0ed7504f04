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
      description:
        'The platform default from docs/domain-rules.md; nobody changed it.	docs/domain-rules.md 中的平台默认值，无人修改。',
    },
    COMPANY: { description: 'Set by the company for all its properties.	由公司为全部项目设定。' },
    PROPERTY: {
      description:
        'Set for this property only, overriding the company value.	仅为该项目设定，覆盖公司级取值。',
    },
  },
  name: 'PolicySource',
  description: 'Where the value in force comes from.',
});

@ObjectType({ description: 'One rule value of domain-rules.md as it applies on a date.' })
export class PolicyEntry {
  @Field({
    description:
      'Key of the policy catalog, e.g. billing.lateFeeRatePerDay.	政策目录中的键，例如 billing.lateFeeRatePerDay。',
  })
  key!: string;

  @Field(() => JSONResolver, {
    description:
      'The value in force on the date (JSON: number, string, boolean or object as the key defines).	该日期生效的取值（JSON：按键定义为数字、字符串、布尔或对象）。',
  })
  value!: unknown;

  @Field(() => JSONResolver, {
    description: 'The platform default, from docs/domain-rules.md.	平台默认值，来自 docs/domain-rules.md。',
  })
  defaultValue!: unknown;

  @Field(() => PolicySource, {
    description:
      "Whether the value is the default, the company's or the property's.	取值来源：默认值、公司级或项目级。",
  })
  source!: PolicySource;

  @Field(() => DateScalar, {
    description:
      'First day the value in force applies (YYYY-MM-DD); null for the default.	当前取值开始生效的日期（YYYY-MM-DD）；默认值时为 null。',
    nullable: true,
  })
  effectiveFrom!: string | null;

  @Field(() => [String], { description: 'Rule ids of domain-rules.md, e.g. R-BIL-4.' })
  ruleIds!: string[];

  @Field({
    description: 'What the value governs, in English, with its unit.	该取值所管的内容（英文）及其单位。',
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
    description:
      'The property whose overrides are included; null for the company values.	包含其覆盖值的物业项目；公司级取值时为 null。',
    nullable: true,
  })
  propertyId!: string | null;

  @Field(() => DateScalar, {
    description: 'The date the values apply on (YYYY-MM-DD).	取值生效的日期（YYYY-MM-DD）。',
  })
  asOf!: string;

  @Field(() => [PolicyEntry], {
    description: 'Every key of the policy catalog with the value in force.	政策目录中每个键及其当前生效值。',
  })
  values!: PolicyEntry[];
}

@ObjectType({
  description:
    'One change of a policy value: what was set, for which property, from which date and by whom.	一次政策取值变更：设定内容、适用项目、生效日期及操作人。',
})
export class PolicyChange {
  @Field({ description: 'Key of the policy catalog that changed.	被变更的政策目录键。' })
  key!: string;

  @Field(() => ID, {
    description:
      'The property the value was set for; null for the company value.	取值适用的物业项目；公司级取值时为 null。',
    nullable: true,
  })
  propertyId!: string | null;

  @Field(() => JSONResolver, { description: 'The value set (JSON).	设定的取值（JSON）。' })
  value!: unknown;

  @Field(() => DateScalar, {
    description: 'First day the value applies (YYYY-MM-DD).	取值开始生效的日期（YYYY-MM-DD）。',
  })
  effectiveFrom!: string;

  @Field(() => String, {
    description:
      'Keycloak user id of who set it; null when set by the platform.	设定人的 Keycloak 用户 ID；由平台设定时为 null。',
    nullable: true,
  })
  setBy!: string | null;

  @Field({ description: 'When it was set (UTC).	设定时间（UTC）。' })
  setAt!: Date;
}

@InputType({
  description:
    'A policy value to set from a date, for the company or one property.	自某日起为公司或某项目设定的政策取值。',
})
export class SetPolicyInput {
  @Field({ description: 'A key of the policy catalog, e.g. billing.lateFeeRatePerDay.' })
  key!: string;

  @Field(() => JSONResolver, {
    description:
      "The value (JSON), checked against the key's type and bounds (VALIDATION_FAILED otherwise).	取值（JSON），按键的类型与范围校验（不符则 VALIDATION_FAILED）。",
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
