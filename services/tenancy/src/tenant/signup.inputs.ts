import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({
  description:
    'A property-management company signing up: its name, realm slug and first administrator.	物业公司注册信息：名称、领域标识及首位管理员。',
})
export class SignUpInput {
  @Field({ description: 'Company name as shown to its staff.' })
  companyName!: string;

  @Field({
    description:
      'Lower-case letters, digits and dashes, 3–30 characters; names the Keycloak realm `pm-<slug>`.',
  })
  slug!: string;

  @Field({
    description:
      'E-mail of the first administrator; becomes their username.	首位管理员的邮箱，同时作为其用户名。',
  })
  adminEmail!: string;

  @Field({
    description:
      'At least 8 characters with a lower-case letter and a digit, not containing the e-mail name.',
  })
  adminPassword!: string;
}

@ObjectType({
  description:
    'The company just created: where its tokens come from and who administers it.	刚创建的公司：令牌来源及管理员。',
})
export class SignUpResult {
  @Field(() => ID, { description: 'Id of the new company.	新公司的 ID。' })
  tenantId!: string;

  @Field({ description: 'Keycloak realm of the company: tokens come from {KEYCLOAK_URL}/realms/{realm}.' })
  realm!: string;

  @Field({ description: 'Username of the company admin (the e-mail given).' })
  adminUsername!: string;
}
