import { DependencyTimeoutError, fetchWithin, isAbort } from '@pm/auth';
import { ErrorCode } from '@pm/contracts';
import { DomainError } from '@pm/graphql';

/** A KPI against its target as the gateway answers it (KpiMeasure). */
export interface Measure {
  rule: string;
  value: number | null;
  target: number;
  comparison: 'AT_LEAST' | 'AT_MOST' | 'BELOW';
  met: boolean | null;
}

export interface ServiceFigures {
  tickets: number;
  resolved: number;
  responsesDue: number;
  respondedInTime: number;
  complaints: number;
  timelyComplaints: number;
  visitTasksSampled: number;
  visitTasksDone: number;
  satisfactionCount: number;
  response: Measure;
  resolution: Measure;
  satisfaction: Measure;
  timely: Measure;
  followUp: Measure;
}

export interface BillingFigures {
  billedFen: number;
  collectedFen: number;
  bills: number;
  paidBills: number;
  arrearsFen: number;
  collection: Measure;
}

export interface CustomerFigures {
  customersLeft: number;
  customersOccupying: number;
  archivesIncomplete: number;
  archivesChecked: number;
  visitsPlanned: number;
  customersVisited: number;
  churn: Measure;
  dataErrors: Measure;
  visitPlan: Measure;
}

export interface KpiFigures {
  serviceKpis: ServiceFigures;
  billingKpis: BillingFigures;
  customerKpis: CustomerFigures;
}

export interface PropertyFigures extends KpiFigures {
  id: string;
  name: string;
  staffKpis: { meanScore: number | null; checksMissed: number };
}

/** What the HQ dashboard shows for a month: the company's roll-up and every visible property. */
export interface KpiReportFigures {
  company: KpiFigures;
  properties: PropertyFigures[];
}

const M = '{ rule value target comparison met }';
const FIGURES = `
  serviceKpis$ARGS { tickets resolved responsesDue respondedInTime complaints timelyComplaints
    visitTasksSampled visitTasksDone satisfactionCount
    response ${M} resolution ${M} satisfaction ${M} timely ${M} followUp ${M} }
  billingKpis$ARGS { billedFen collectedFen bills paidBills arrearsFen collection ${M} }
  customerKpis$ARGS { customersLeft customersOccupying archivesIncomplete archivesChecked
    visitsPlanned customersVisited churn ${M} dataErrors ${M} visitPlan ${M} }`;

/**
 * The dashboard's figures (web/console Dashboard.tsx, kpis.ts) in one operation: the roll-up with
 * the first page of properties, then further pages of properties alone. 50 a page, as the
 * dashboard asks, stays under the gateway's cost limit.
 */
export const KPI_REPORT_QUERY = `query KpiReport($period: String!, $after: String, $company: Boolean!) {
  companyKpis(period: $period) @include(if: $company) { ${FIGURES.replace(/\$ARGS/g, '')} }
  properties(first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name ${FIGURES.replace(/\$ARGS/g, '(period: $period)')}
      staffKpis(period: $period) { meanScore checksMissed } } }
  }
}`;

/** Codes the gateway answers that mean the same to the report's caller (their token, their limits). */
const PASSED = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.VALIDATION_FAILED,
  ErrorCode.RATE_LIMITED,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.TIMEOUT,
  ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
]);

export interface GatewayReadOptions {
  gatewayUrl: string;
  /** The caller's own `Authorization` header: the gateway applies their roles, sites and scopes. */
  authorization: string;
  period: string;
  timeoutMs: number;
  /** Bytes of the gateway's answers read at most, every page together. */
  maxBytes: number;
  /** Pages of properties read at most (a runaway cursor must not loop). */
  maxPages?: number;
}

const failed = (why: string) =>
  new DomainError(ErrorCode.DEPENDENCY_FAILED, `the KPI figures could not be read: ${why}`, {
    dependency: 'gateway',
  });

/** A body read chunk by chunk, refused as soon as it passes `budget` bytes. */
async function boundedText(res: Response, budget: number): Promise<{ text: string; bytes: number }> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > budget) {
    await res.body?.cancel();
    throw failed(`the answer is larger than ${budget} bytes`);
  }
  const reader = res.body?.getReader();
  if (!reader) return { text: '', bytes: 0 };
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > budget) {
      await reader.cancel();
      throw failed(`the answer is larger than ${budget} bytes`);
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes };
}

interface Page {
  companyKpis?: KpiFigures;
  properties: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PropertyFigures }[];
  };
}

/**
 * The report's figures through the gateway, with the caller's token: the same answers as the
 * dashboard's, each subgraph checking the caller as it always does. The whole read shares one
 * deadline (TIMEOUT) and one byte budget (DEPENDENCY_FAILED); the gateway's own refusals keep
 * their code (a partner without kpi:read is FORBIDDEN here as on companyKpis).
 */
export async function readKpiFigures(o: GatewayReadOptions): Promise<KpiReportFigures> {
  const deadline = Date.now() + o.timeoutMs;
  let budget = o.maxBytes;
  let company: KpiFigures | undefined;
  const properties: PropertyFigures[] = [];
  let after: string | null = null;
  for (let page = 0; page < (o.maxPages ?? 100); page++) {
    const left = deadline - Date.now();
    if (left <= 0) throw new DependencyTimeoutError('gateway', o.timeoutMs);
    let data: Page;
    try {
      const res = await fetchWithin('gateway', left, o.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: o.authorization },
        body: JSON.stringify({
          query: KPI_REPORT_QUERY,
          operationName: 'KpiReport',
          variables: { period: o.period, after, company: page === 0 },
        }),
      });
      const { text, bytes } = await boundedText(res, budget);
      budget -= bytes;
      let body: { data?: Page | null; errors?: { message?: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw failed(`HTTP ${res.status} without a GraphQL answer`);
      }
      const error = body.errors?.[0];
      if (error) {
        const code = error.extensions?.code ?? '';
        if (PASSED.has(code)) throw new DomainError(code as ErrorCode, error.message ?? code);
        throw failed(code || 'an error without a code');
      }
      if (!body.data?.properties) throw failed(`HTTP ${res.status} without data`);
      data = body.data;
    } catch (e) {
      if (e instanceof DomainError || e instanceof DependencyTimeoutError) throw e;
      // A deadline that passes while the body streams in rejects the read with the abort itself.
      if (isAbort(e)) throw new DependencyTimeoutError('gateway', o.timeoutMs);
      throw failed((e as Error).message);
    }
    company ??= data.companyKpis;
    properties.push(...data.properties.edges.map((e) => e.node));
    if (!data.properties.pageInfo.hasNextPage) {
      if (!company) throw failed('no company roll-up in the answer');
      return { company, properties };
    }
    after = data.properties.pageInfo.endCursor;
  }
  throw failed(`more than ${o.maxPages ?? 100} pages of properties`);
}
