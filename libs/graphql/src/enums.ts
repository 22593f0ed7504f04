import { registerEnumType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Role of a staff member; a realm role in the company realm.',
});
