import { buildSubgraph, resolveCompanyKpisReference } from '@pm/graphql';
import { CustomerResolver, resolveCustomerReference } from './customer/customer.resolver';
import { ImportResolver } from './import/import.resolver';
import { OccupancyResolver } from './occupancy/occupancy.resolver';
import { CustomerMoveOutsResolver, MoveOutResolver } from './moveout/moveout.resolver';
import { ArchiveLoanFields, ArchiveResolver } from './archive/archive.resolver';
import { NoticeResolver } from './notice/notice.resolver';
import { CompanyCustomerKpiResolver, CompanyKpisRef, PropertyKpiResolver } from './kpi/kpi.resolver';
import { PropertyRef, resolvePropertyReference } from './property/property.stub';

export function buildCustomersSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      CustomerResolver,
      ImportResolver,
      OccupancyResolver,
      MoveOutResolver,
      CustomerMoveOutsResolver,
      ArchiveResolver,
      ArchiveLoanFields,
      NoticeResolver,
      PropertyKpiResolver,
      CompanyCustomerKpiResolver,
    ],
    orphanedTypes: [PropertyRef, CompanyKpisRef],
    references: { Customer: resolveCustomerReference, Property: resolvePropertyReference },
    otherKeyReferences: { CompanyKpis: resolveCompanyKpisReference },
    instances,
  });
}
