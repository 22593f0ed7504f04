import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

@InputType({
  description:
    'A person joining the company: who they are, their roles and properties.	加入公司的员工：身份、角色与负责项目。',
})
export class InviteStaffInput {
  @Field({ description: 'Becomes the Keycloak username.' })
  email!: string;

  @Field({ description: 'Full name (1–200 characters).	姓名（1–200 个字符）。' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Without one, Keycloak e-mails the person a link to set their password (valid STAFF_INVITATION_LIFESPAN_SECONDS, 72 h).',
  })
  password?: string;

  @Field(() => [StaffRole], {
    description:
      'Roles to grant; ADMIN and HQ only by an ADMIN or HQ caller.	授予的角色；ADMIN 与 HQ 只能由 ADMIN 或 HQ 授予。',
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
  @Field(() => String, { description: 'New full name.	新的姓名。', nullable: true })
  name?: string;

  @Field(() => [StaffRole], {
    description: 'The new set of roles (replaces the old one).	新的角色集合（替换原有角色）。',
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
