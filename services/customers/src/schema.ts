import { buildSubgraph, resolveCompanyKpisReference } from '@pm/graphql';
import { CustomerResolver, resolveCustomerReference } from './customer/customer.resolver';
import { ImportResolver } from './import/import.resolver';
import { OccupancyResolver } from './occupancy/occupancy.resolver';
import { CustomerMoveOutsResolver, MoveOutResolver } from './moveout/moveout.resolver';
import { ReleasePassResolver } from './moveout/release-pass.resolver';
import { CustomerRegisterResolver } from './register/register.resolver';
import { ArchiveLoanFields, ArchiveResolver } from './archive/archive.resolver';
import { NoticeResolver } from './notice/notice.resolver';
import { LetterResolver } from './letter/letter.resolver';
import { FireSafetyResolver } from './fire-safety/fire-safety.resolver';
import { ShopInspectionResolver } from './shop-inspection/shop-inspection.resolver';
import { StorageResolver } from './storage/storage.resolver';
import { RenovationResolver } from './renovation/renovation.resolver';
import { HandoverResolver } from './handover/handover.resolver';
import { SurveyResolver } from './survey/survey.resolver';
import { AssemblyResolver } from './assembly/assembly.resolver';
import { VisitPlanResolver } from './visit-plan/visit-plan.resolver';
import { FollowUpResolver } from './follow-up/follow-up.resolver';
import { HouseholdResolver, OccupancyHouseholdResolver } from './household/household.resolver';
import {
  AccessCardResolver,
  CustomerAccessCardsResolver,
  OccupancyAccessCardsResolver,
} from './access-card/access-card.resolver';
import { CompanyCustomerKpiResolver, CompanyKpisRef, PropertyKpiResolver } from './kpi/kpi.resolver';
import { PropertyRef, resolvePropertyReference } from './property/property.stub';

export function buildCustomersSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      CustomerResolver,
      ImportResolver,
      OccupancyResolver,
      MoveOutResolver,
      ReleasePassResolver,
      CustomerRegisterResolver,
      CustomerMoveOutsResolver,
      ArchiveResolver,
      ArchiveLoanFields,
      NoticeResolver,
      LetterResolver,
      FireSafetyResolver,
      ShopInspectionResolver,
      StorageResolver,
      RenovationResolver,
      HandoverResolver,
      SurveyResolver,
      AssemblyResolver,
      VisitPlanResolver,
      FollowUpResolver,
      HouseholdResolver,
      OccupancyHouseholdResolver,
      AccessCardResolver,
      OccupancyAccessCardsResolver,
      CustomerAccessCardsResolver,
      PropertyKpiResolver,
      CompanyCustomerKpiResolver,
    ],
    orphanedTypes: [PropertyRef, CompanyKpisRef],
    references: { Customer: resolveCustomerReference, Property: resolvePropertyReference },
    otherKeyReferences: { CompanyKpis: resolveCompanyKpisReference },
    instances,
  });
}
