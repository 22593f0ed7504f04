import { buildSubgraph, resolveCompanyKpisReference } from '@pm/graphql';
import { TicketResolver, resolveTicketReference } from './ticket/ticket.resolver';
import { VisitResolver } from './visit/visit.resolver';
import { VisitRecordResolver } from './visit/visit-record.resolver';
import { PriceResolver } from './price/price.resolver';
import { PatrolResolver } from './patrol/patrol.resolver';
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
      PriceResolver,
      PatrolResolver,
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
