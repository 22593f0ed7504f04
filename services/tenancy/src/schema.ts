import { buildSubgraph, resolveCompanyKpisReference } from '@pm/graphql';
import { SignUpResolver } from './tenant/signup.resolver';
import { PropertyResolver } from './property/property.resolver';
import { resolvePropertyReference } from './property/property.reference';
import { UnitResolver, resolveUnitReference } from './unit/unit.resolver';
import { StaffResolver, resolveStaffReference } from './staff/staff.resolver';
import { PolicyResolver } from './policy/policy.resolver';
import { MeResolver } from './me/me.resolver';
import { PartnerClientResolver } from './partner/partner-client.resolver';
import { CompanyKpisResolver } from './company/company-kpis.resolver';

export const PUBLIC_FIELDS = ['signUpPropertyCompany'];

export function buildTenancySchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      SignUpResolver,
      PropertyResolver,
      UnitResolver,
      StaffResolver,
      PolicyResolver,
      MeResolver,
      PartnerClientResolver,
      CompanyKpisResolver,
    ],
    references: {
      Property: resolvePropertyReference,
      Unit: resolveUnitReference,
      Staff: resolveStaffReference,
    },
    otherKeyReferences: { CompanyKpis: resolveCompanyKpisReference },
    instances,
  });
}
