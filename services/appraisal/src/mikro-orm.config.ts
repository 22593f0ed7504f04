import { StaffMember } from './staff/staff-member.entity';
import { PropertyProjection } from './property/property-projection.entity';
import { Check, Finding } from './check/check.entity';
import { Suggestion } from './suggestion/suggestion.entity';
import { Appeal } from './appeal/appeal.entity';
import { Migration20261127100000 } from './migrations/Migration20261127100000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207120007 } from './migrations/Migration20261207120007';
import { Migration20261207150005 } from './migrations/Migration20261207150005';
import { Migration20261208990001 } from './migrations/Migration20261208990001';
import { Migration20261209010001 } from './migrations/Migration20261209010001';
import { Migration20261209040001 } from './migrations/Migration20261209040001';
import { Migration20261210060001 } from './migrations/Migration20261210060001';
import { Migration20261208010001 } from './migrations/Migration20261208010001';
import { StoredDocument } from '@pm/documents';
import { ScheduledJob } from '@pm/jobs';

export const entities = [
  StaffMember,
  PropertyProjection,
  Check,
  Finding,
  Suggestion,
  Appeal,
  StoredDocument,
  ScheduledJob,
];
export const migrations = [
  { name: 'Migration20261127100000', class: Migration20261127100000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261207120007', class: Migration20261207120007 },
  { name: 'Migration20261207150005', class: Migration20261207150005 },
  { name: 'Migration20261208010001', class: Migration20261208010001 },
  { name: 'Migration20261208990001', class: Migration20261208990001 },
  { name: 'Migration20261209010001', class: Migration20261209010001 },
  { name: 'Migration20261209040001', class: Migration20261209040001 },
  { name: 'Migration20261210060001', class: Migration20261210060001 },
];
