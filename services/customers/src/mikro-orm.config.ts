import { ScheduledJob } from '@pm/jobs';
import { Migration20261201000000 } from './migrations/Migration20261201000000';
import { Migration20261201230000 } from './migrations/Migration20261201230000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207110001 } from './migrations/Migration20261207110001';
import {
  Archive,
  ArchiveAccessLog,
  ArchiveDisposition,
  ArchiveDocument,
  ArchiveIndex,
  ArchiveLoan,
} from './archive/archive.entity';
import { Customer, PiiAccessLog } from './customer/customer.entity';
import { BillDue, CustomerVisit } from './grading/grading.entity';
import { CustomerImport } from './import/import.entity';
import { MoveOutRegisterEntry, MoveOutRequest, ReleasePassCounter, Sublet } from './moveout/moveout.entity';
import { Notice, NoticeDelivery } from './notice/notice.entity';
import { MoveInNotice, Occupancy } from './occupancy/occupancy.entity';
import { PropertyProjection, UnitProjection } from './property/property.entity';

/** Every table this service owns; `test/schema.test.ts` proves they agree with the migrations. */
export const entities = [
  PropertyProjection,
  UnitProjection,
  Customer,
  PiiAccessLog,
  CustomerImport,
  Occupancy,
  MoveInNotice,
  MoveOutRequest,
  MoveOutRegisterEntry,
  ReleasePassCounter,
  Sublet,
  Archive,
  ArchiveDocument,
  ArchiveAccessLog,
  ArchiveLoan,
  ArchiveDisposition,
  ArchiveIndex,
  Notice,
  NoticeDelivery,
  ScheduledJob,
  BillDue,
  CustomerVisit,
];
export const migrations = [
  { name: 'Migration20261201000000', class: Migration20261201000000 },
  { name: 'Migration20261201230000', class: Migration20261201230000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261207110001', class: Migration20261207110001 },
];
