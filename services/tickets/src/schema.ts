import { buildSubgraph } from '@pm/graphql';
import { TicketResolver, resolveTicketReference } from './ticket/ticket.resolver';
import { VisitResolver } from './visit/visit.resolver';
import { PriceResolver } from './price/price.resolver';
import { PatrolResolver } from './patrol/patrol.resolver';
import {
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
      PriceResolver,
      PatrolResolver,
      PropertyKpiResolver,
      CustomerTicketsResolver,
    ],
    orphanedTypes: [PropertyRef, CustomerRef],
    references: {
      Ticket: resolveTicketReference,
      Property: resolveStubReference,
      Customer: resolveStubReference,
    },
    instances,
  });
}
