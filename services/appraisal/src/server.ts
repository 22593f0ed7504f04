import { PartnerScope } from '@pm/contracts';
import { Logger } from '@pm/observability';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { policyChangedHandler } from '@pm/policy';
import { AppraisalConfig, loadAppraisalConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildAppraisalSchema } from './schema';
import { CheckService } from './check/check.service';
import { ReportsService } from './reports/reports.service';
import { SuggestionService } from './suggestion/suggestion.service';
import { AppealService } from './appeal/appeal.service';
import {
  AppealResolver,
  CheckResolver,
  PropertyRefResolver,
  StaffRefResolver,
  SuggestionResolver,
} from './check/check.resolver';
import {
  propertyCreatedHandler,
  staffChangedHandler,
  staffJoinedHandler,
  staffLeftHandler,
} from './consumers/projection.consumers';
import { slaBreachedHandler, visitMissedHandler } from './consumers/evidence.consumers';

/** Composition root of the appraisal subgraph. */
export const appraisalSubgraph: SubgraphDefinition<AppraisalConfig, object, object> = {
  name: 'appraisal',
  loadConfig: loadAppraisalConfig,
  entities,
  // Partner apps: appraisal:read / appraisal:write; KPIs need kpi:read whichever subgraph answers them.
  access: {
    domain: 'appraisal',
    fields: {
      'Property.staffKpis': PartnerScope.KPI_READ,
      'Property.staffKpiTrend': PartnerScope.KPI_READ,
    },
  },
  buildSchema: buildAppraisalSchema,
  compose({ db, clock }) {
    const checks = new CheckService(db, clock);
    const reports = new ReportsService(db, clock);
    return {
      resolvers: [
        new CheckResolver(checks, reports),
        new SuggestionResolver(new SuggestionService(db)),
        new AppealResolver(new AppealService(db, clock)),
        new StaffRefResolver(checks),
        new PropertyRefResolver(reports),
      ],
      consumers: [
        staffJoinedHandler,
        staffLeftHandler,
        staffChangedHandler,
        propertyCreatedHandler,
        policyChangedHandler('appraisal'),
        slaBreachedHandler,
        visitMissedHandler,
      ],
    };
  },
};

export type AppraisalServer = RunningSubgraph;

export const startAppraisal = (config: AppraisalConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(appraisalSubgraph, config, log, options);
