import { ScheduledJob } from '@pm/jobs';
import { Migration20261201000000 } from './migrations/Migration20261201000000';
import { Migration20261201230000 } from './migrations/Migration20261201230000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207100002 } from './migrations/Migration20261207100002';
import { Migration20261207110001 } from './migrations/Migration20261207110001';
import { Migration20261207140001 } from './migrations/Migration20261207140001';
import { Migration20261207150002 } from './migrations/Migration20261207150002';
import { Migration20261207160000 } from './migrations/Migration20261207160000';
import { Migration20261207190001 } from './migrations/Migration20261207190001';
import { Migration20261207190002 } from './migrations/Migration20261207190002';
import { Migration20261207190003 } from './migrations/Migration20261207190003';
import { Migration20261207190004 } from './migrations/Migration20261207190004';
import { Migration20261208990001 } from './migrations/Migration20261208990001';
import { Migration20261209010001 } from './migrations/Migration20261209010001';
import { Migration20261209020001 } from './migrations/Migration20261209020001';
import { Migration20261209030001 } from './migrations/Migration20261209030001';
import { Migration20261209030002 } from './migrations/Migration20261209030002';
import { Migration20261209100001 } from './migrations/Migration20261209100001';
import { Migration20261209110001 } from './migrations/Migration20261209110001';
import { Migration20261210010001 } from './migrations/Migration20261210010001';
import { Migration20261210060001 } from './migrations/Migration20261210060001';
import { Migration20261208050002 } from './migrations/Migration20261208050002';
import { Migration20261208050003 } from './migrations/Migration20261208050003';
import { Migration20261208050004 } from './migrations/Migration20261208050004';
import { StoredDocument } from '@pm/documents';
import {
  Archive,
  ArchiveAccessLog,
  ArchiveCompletenessCheck,
  ArchiveDisposition,
  ArchiveDocument,
  ArchiveDocumentContent,
  ArchiveIndex,
  ArchiveLoan,
} from './archive/archive.entity';
import { Customer, PiiAccessLog } from './customer/customer.entity';
import { BillDue, CustomerVisit } from './grading/grading.entity';
import { CustomerImport } from './import/import.entity';
import { MoveOutRegisterEntry, MoveOutRequest, ReleasePassCounter, Sublet } from './moveout/moveout.entity';
import { Notice, NoticeDelivery } from './notice/notice.entity';
import { LetterTemplate } from './letter/letter.entity';
import { FireSafetyFinding, FireSafetyInspection } from './fire-safety/fire-safety.entity';
import { MoveInNotice, Occupancy } from './occupancy/occupancy.entity';
import { PropertyProjection, UnitProjection } from './property/property.entity';
import { StorageItem } from './storage/storage.entity';
import { Renovation } from './renovation/renovation.entity';
import { UnitHandover } from './handover/handover.entity';
import { SurveyCampaign, SurveyResponse } from './survey/survey.entity';
import { AssemblyRequest, TenantAssembly } from './assembly/assembly.entity';
import { TenantVisitPlanEntry } from './visit-plan/visit-plan.entity';
import { CommunityEvent, CustomerFollowUp } from './follow-up/follow-up.entity';
import { HouseholdMemberRecord } from './household/household.entity';
import { AccessCard } from './access-card/access-card.entity';
import { DuctCleaning, Shop, ShopContract, ShopInspection } from './shop-inspection/shop-inspection.entity';

/** Every table this service owns; `test/schema.test.ts` proves they agree with the migrations. */
export const entities = [
  StoredDocument,
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
  ArchiveDocumentContent,
  ArchiveAccessLog,
  ArchiveLoan,
  ArchiveDisposition,
  ArchiveIndex,
  ArchiveCompletenessCheck,
  Notice,
  LetterTemplate,
  FireSafetyInspection,
  FireSafetyFinding,
  StorageItem,
  Renovation,
  UnitHandover,
  SurveyCampaign,
  SurveyResponse,
  TenantAssembly,
  AssemblyRequest,
  TenantVisitPlanEntry,
  CommunityEvent,
  CustomerFollowUp,
  NoticeDelivery,
  ScheduledJob,
  BillDue,
  CustomerVisit,
  HouseholdMemberRecord,
  AccessCard,
  Shop,
  ShopInspection,
  ShopContract,
  DuctCleaning,
];
export const migrations = [
  { name: 'Migration20261201000000', class: Migration20261201000000 },
  { name: 'Migration20261201230000', class: Migration20261201230000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261207100002', class: Migration20261207100002 },
  { name: 'Migration20261207110001', class: Migration20261207110001 },
  { name: 'Migration20261207140001', class: Migration20261207140001 },
  { name: 'Migration20261207150002', class: Migration20261207150002 },
  { name: 'Migration20261207160000', class: Migration20261207160000 },
  { name: 'Migration20261207190001', class: Migration20261207190001 },
  { name: 'Migration20261207190002', class: Migration20261207190002 },
  { name: 'Migration20261207190003', class: Migration20261207190003 },
  { name: 'Migration20261207190004', class: Migration20261207190004 },
  { name: 'Migration20261208050002', class: Migration20261208050002 },
  { name: 'Migration20261208050003', class: Migration20261208050003 },
  { name: 'Migration20261208050004', class: Migration20261208050004 },
  { name: 'Migration20261208990001', class: Migration20261208990001 },
  { name: 'Migration20261209010001', class: Migration20261209010001 },
  { name: 'Migration20261209020001', class: Migration20261209020001 },
  { name: 'Migration20261209030001', class: Migration20261209030001 },
  { name: 'Migration20261209030002', class: Migration20261209030002 },
  { name: 'Migration20261209100001', class: Migration20261209100001 },
  { name: 'Migration20261209110001', class: Migration20261209110001 },
  { name: 'Migration20261210010001', class: Migration20261210010001 },
  { name: 'Migration20261210060001', class: Migration20261210060001 },
];
