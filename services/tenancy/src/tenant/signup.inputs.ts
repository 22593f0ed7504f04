import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({
  description: 'A property-management company signing up: its name, realm slug and first administrator.',
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
    description: 'E-mail of the first administrator; becomes their username.',
  })
  adminEmail!: string;

  @Field({
    description:
      'At least 8 characters with a lower-case letter and a digit, not containing the e-mail name.',
  })
  adminPassword!: string;
}

@ObjectType({
  description: 'The company just created: where its tokens come from and who administers it.',
})
export class SignUpResult {
  @Field(() => ID, { description: 'Id of the new company.' })
  tenantId!: string;

  @Field({ description: 'Keycloak realm of the company: tokens come from {KEYCLOAK_URL}/realms/{realm}.' })
  realm!: string;

  @Field({ description: 'Username of the company admin (the e-mail given).' })
  adminUsername!: string;
}
