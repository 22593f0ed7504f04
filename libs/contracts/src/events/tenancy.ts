import { defineEvent } from '../event-contract';
import { opt } from '../schema';

/** Events published by the tenancy service. */
export const TenancyEvents = {
  tenantCreated: defineEvent('tenancy', 'tenant.created', 1, {
    tenantId: 'uuid',
    slug: 'string',
    name: 'string',
    realm: 'string',
    cell: 'string',
  }),
  propertyCreated: defineEvent('tenancy', 'property.created', 1, {
    propertyId: 'uuid',
    name: 'string',
    kind: 'string',
    timeZone: 'string',
    address: opt('string'),
  }),
  unitCreated: defineEvent('tenancy', 'unit.created', 1, {
    unitId: 'uuid',
    propertyId: 'uuid',
    building: 'string',
    number: 'string',
    areaSqm: 'number',
    kind: 'string',
  }),
  staffJoined: defineEvent('tenancy', 'staff.joined', 1, {
    staffId: 'uuid',
    /** Keycloak user id: the `sub` of the person's tokens. */
    userId: 'uuid',
    name: 'string',
    email: 'string',
    roles: 'string[]',
    propertyIds: 'uuid[]',
    managerId: opt('uuid'),
  }),
  /**
   * A person left (deactivateStaff, R-PLT-2): their account is disabled and their tokens revoked;
   * consumers release what was assigned to them (tickets' dispatches, appraisal's owed checks).
   */
  staffLeft: defineEvent('tenancy', 'staff.left', 1, {
    staffId: 'uuid',
    userId: 'uuid',
    leftAt: 'datetime',
  }),
  /** Name, roles, properties or reporting line changed (updateStaff): the projections follow. */
  staffChanged: defineEvent('tenancy', 'staff.changed', 1, {
    staffId: 'uuid',
    userId: 'uuid',
    name: 'string',
    roles: 'string[]',
    propertyIds: 'uuid[]',
    managerId: opt('uuid'),
  }),
  policyChanged: defineEvent('tenancy', 'policy.changed', 1, {
    key: 'string',
    value: 'json',
    propertyId: opt('uuid'),
    effectiveFrom: 'date',
  }),
} as const;
