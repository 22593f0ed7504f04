import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

@InputType({
  description: 'A new partner app: its name, roles, properties and OAuth scopes.',
})
export class CreatePartnerClientInput {
  @Field({ description: 'Name of the partner app, shown to administrators.' })
  name!: string;

  @Field(() => [StaffRole], { description: 'What the app may do; ADMIN cannot be granted to an app.' })
  roles!: StaffRole[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Properties the app may see (required unless HQ is granted).',
  })
  propertyIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'OAuth scopes: customers:read, customers:write, customers:personal-data (unmasked personal data), tickets:read, tickets:write, billing:read, billing:write, appraisal:read, appraisal:write, kpi:read. None: the app reads only properties, units and itself.',
  })
  scopes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Run only registered operations, by id (default false).',
  })
  persistedOnly?: boolean;
}
