import { Arg, Authorized, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { isPeriod } from '@pm/time';
import { validationFailed } from '@pm/graphql';

/**
 * The company's roll-up of a month (HQ dashboard): every KPI over the properties the caller may
 * see. Tenancy only names it; the services that measure add their figures to it (federation
 * entity keyed by the period).
 */
@Directive('@key(fields: "period")')
@ObjectType({ description: "The company's KPIs for a month, over the properties the caller may see." })
export class CompanyKpis {
  @Field({ description: 'YYYY-MM.' })
  period!: string;
}

@Resolver()
export class CompanyKpisResolver {
  @Authorized(StaffRole.HQ, StaffRole.ADMIN, StaffRole.SITE_MANAGER)
  @Query(() => CompanyKpis, {
    description: 'Roll-up of every KPI over the properties the caller may see (all for HQ and ADMIN).',
  })
  companyKpis(
    @Arg('period', { description: "Month, YYYY-MM, in the company's time zone." })
    period: string,
  ): CompanyKpis {
    if (!isPeriod(period))
      throw validationFailed('period is YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    return { period };
  }
}
