import { buildSubgraph } from '@pm/graphql';
import {
  AppealResolver,
  CheckResolver,
  PropertyRefResolver,
  StaffRefResolver,
  SuggestionResolver,
  resolveIdReference,
} from './check/check.resolver';
import { PropertyRef, StaffRef } from './check/check.types';
import { AppraisalRegisterResolver } from './register/register.resolver';
import { KpiReportResolver } from './kpi-report/kpi-report.resolver';

export function buildAppraisalSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      CheckResolver,
      SuggestionResolver,
      AppealResolver,
      StaffRefResolver,
      PropertyRefResolver,
      AppraisalRegisterResolver,
      KpiReportResolver,
    ],
    orphanedTypes: [StaffRef, PropertyRef],
    references: { Staff: resolveIdReference, Property: resolveIdReference },
    instances,
  });
}
