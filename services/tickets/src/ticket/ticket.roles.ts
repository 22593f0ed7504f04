import { StaffRole } from '@pm/contracts';

/** Who may do what with tickets (README: Roles); ADMIN passes everything. */
const R = StaffRole;
export const INTAKE_ROLES = [R.FRONT_DESK, R.PROPERTY_ASSISTANT, R.CS_SUPERVISOR, R.SITE_MANAGER];
export const DISPATCH_ROLES = [R.ENGINEERING_SUPERVISOR, R.CS_SUPERVISOR, R.SITE_MANAGER];
export const FIELD_ROLES = [R.TECHNICIAN, R.ENGINEERING_SUPERVISOR];
export const CLOSE_ROLES = [
  ...FIELD_ROLES,
  R.CS_SUPERVISOR,
  R.PROPERTY_ASSISTANT,
  R.SECURITY,
  R.SITE_MANAGER,
];
