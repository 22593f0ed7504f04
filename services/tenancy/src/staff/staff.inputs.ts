import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

@InputType({
  description: 'A person joining the company: who they are, their roles and properties.',
})
export class InviteStaffInput {
  @Field({ description: 'Becomes the Keycloak username.' })
  email!: string;

  @Field({ description: 'Full name (1–200 characters).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Without one, Keycloak e-mails the person a link to set their password (valid STAFF_INVITATION_LIFESPAN_SECONDS, 72 h).',
  })
  password?: string;

  @Field(() => [StaffRole], {
    description: 'Roles to grant; ADMIN and HQ only by an ADMIN or HQ caller.',
  })
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

@InputType({ description: 'What changes; absent fields stay as they are.' })
export class UpdateStaffInput {
  @Field(() => String, { description: 'New full name.', nullable: true })
  name?: string;

  @Field(() => [StaffRole], {
    description: 'The new set of roles (replaces the old one).',
    nullable: true,
  })
  roles?: StaffRole[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Properties the person works on (required for site roles).',
  })
  propertyIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Who the person reports to.' })
  managerId?: string;
}
