import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

@InputType()
export class InviteStaffInput {
  @Field({ description: 'Becomes the Keycloak username.' })
  email!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Without one, the person sets a password at first login.',
  })
  password?: string;

  @Field(() => [StaffRole])
  roles!: StaffRole[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Properties the person works on (required for site roles).',
  })
  propertyIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Who this person reports to (the reporting line used by appraisal checks).',
  })
  managerId?: string;
}
