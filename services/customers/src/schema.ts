import { buildSubgraph } from '@pm/graphql';
import { CustomerResolver, resolveCustomerReference } from './customer/customer.resolver';
import { ImportResolver } from './customer/import.resolver';
import { OccupancyResolver } from './occupancy/occupancy.resolver';
import { MoveOutResolver } from './moveout/moveout.resolver';
import { ArchiveResolver } from './archive/archive.resolver';
import { NoticeResolver } from './notice/notice.resolver';
import { PropertyKpiResolver, PropertyRef, resolvePropertyReference } from './kpi/property.stub';

export function buildCustomersSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      CustomerResolver,
      ImportResolver,
      OccupancyResolver,
      MoveOutResolver,
      ArchiveResolver,
      NoticeResolver,
      PropertyKpiResolver,
    ],
    orphanedTypes: [PropertyRef],
    references: { Customer: resolveCustomerReference, Property: resolvePropertyReference },
    instances,
  });
}
