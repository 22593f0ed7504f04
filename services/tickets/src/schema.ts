import { buildSubgraph, resolveCompanyKpisReference } from '@pm/graphql';
import { TicketResolver, resolveTicketReference } from './ticket/ticket.resolver';
import { VisitResolver } from './visit/visit.resolver';
import { VisitRecordResolver } from './visit/visit-record.resolver';
import { TicketRegisterResolver } from './register/register.resolver';
import { PriceResolver } from './price/price.resolver';
import { PatrolResolver } from './patrol/patrol.resolver';
import { RecheckResolver } from './recheck/recheck.resolver';
import { VacantCleaningResolver } from './vacant-cleaning/vacant-cleaning.resolver';
import { RequestResolver } from './request/request.resolver';
import { RecordingResolver } from './recording/recording.resolver';
import { AnalysisResolver } from './analysis/analysis.resolver';
import {
  CompanyKpisRef,
  CompanyServiceKpiResolver,
  CustomerRef,
  CustomerTicketsResolver,
  PropertyKpiResolver,
  PropertyRef,
  resolveStubReference,
} from './stubs/stubs';

export function buildTicketsSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      TicketResolver,
      VisitResolver,
      VisitRecordResolver,
      TicketRegisterResolver,
      PriceResolver,
      PatrolResolver,
      RecheckResolver,
      VacantCleaningResolver,
      RequestResolver,
      RecordingResolver,
      AnalysisResolver,
      PropertyKpiResolver,
      CustomerTicketsResolver,
      CompanyServiceKpiResolver,
    ],
    orphanedTypes: [PropertyRef, CustomerRef, CompanyKpisRef],
    references: {
      Ticket: resolveTicketReference,
      Property: resolveStubReference,
      Customer: resolveStubReference,
    },
    otherKeyReferences: { CompanyKpis: resolveCompanyKpisReference },
    instances,
  });
}
