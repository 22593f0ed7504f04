import { Tenant } from './tenant/tenant.entity';
import { Property } from './property/property.entity';
import { Unit } from './unit/unit.entity';
import { Staff } from './staff/staff.entity';
import { PolicyValue } from './policy/policy-value.entity';
import { Migration20261127000000 } from './migrations/Migration20261127000000';
import { Migration20261127010000 } from './migrations/Migration20261127010000';
import { Migration20261127020000 } from './migrations/Migration20261127020000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207120001 } from './migrations/Migration20261207120001';
import { Migration20261207120002 } from './migrations/Migration20261207120002';
import { Migration20261207120003 } from './migrations/Migration20261207120003';
import { Migration20261207120004 } from './migrations/Migration20261207120004';
import { Migration20261207120005 } from './migrations/Migration20261207120005';
import { Migration20261207150001 } from './migrations/Migration20261207150001';
import { Migration20261208990001 } from './migrations/Migration20261208990001';
import { Migration20261210060001 } from './migrations/Migration20261210060001';
import { PartnerOperation } from './partner/partner-operation.entity';
import { Revocation } from './revocation/revocation.entity';
import { PartnerClient } from './partner/partner-client.entity';

export const entities = [
  Tenant,
  Property,
  Unit,
  Staff,
  PolicyValue,
  PartnerClient,
  Revocation,
  PartnerOperation,
];
export const migrations = [
  { name: 'Migration20261127000000', class: Migration20261127000000 },
  { name: 'Migration20261127010000', class: Migration20261127010000 },
  { name: 'Migration20261127020000', class: Migration20261127020000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261207120001', class: Migration20261207120001 },
  { name: 'Migration20261207120002', class: Migration20261207120002 },
  { name: 'Migration20261207120003', class: Migration20261207120003 },
  { name: 'Migration20261207120004', class: Migration20261207120004 },
  { name: 'Migration20261207120005', class: Migration20261207120005 },
  { name: 'Migration20261207150001', class: Migration20261207150001 },
  { name: 'Migration20261208990001', class: Migration20261208990001 },
  { name: 'Migration20261210060001', class: Migration20261210060001 },
];
