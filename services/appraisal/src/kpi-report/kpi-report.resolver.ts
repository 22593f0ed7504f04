import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DocumentLanguage, DocumentLink, DocumentStore, chargeDocument } from '@pm/documents';
import { GraphQLContext, requirePrincipal, validationFailed } from '@pm/graphql';
import { RegisterTooLargeError, XLSX_CONTENT_TYPE, workbookFile } from '@pm/spreadsheets';
import { isPeriod } from '@pm/time';
import { readKpiFigures } from './kpi-report.gateway';
import { kpiReportSheets } from './kpi-report.rows';

export interface KpiReportOptions {
  gatewayUrl: string;
  timeoutMs: number;
  maxResponseBytes: number;
}

/**
 * The KPI report lives here rather than in tenancy, which names `companyKpis`: appraisal already
 * keeps exported files (stored documents, their purge job, the download route the gateway calls),
 * and the figures come from four subgraphs through the gateway whichever one writes the file.
 */
@Resolver()
export class KpiReportResolver {
  constructor(
    private documents: DocumentStore,
    private o: KpiReportOptions,
  ) {}

  @Authorized(StaffRole.HQ, StaffRole.ADMIN, StaffRole.SITE_MANAGER)
  @Mutation(() => DocumentLink, {
    description:
      'The KPI report (KPI报表) of a month as .xlsx: what the HQ dashboard shows — the company roll-up one row per KPI (R-KPI-1…9: value, target, met 达标/未达标, the counts), the same per property, and each property’s amounts — over the properties the caller may see, read with the caller’s own rights (partner apps: kpi:read). Chinese headers, or English with language: EN; behind a signed link like any Document. HQ, ADMIN, SITE_MANAGER. A malformed period is VALIDATION_FAILED; the figures not read in time TIMEOUT, not readable DEPENDENCY_FAILED.',
  })
  async exportKpiReport(
    @Arg('period', { description: "Month, YYYY-MM, in the company's time zone (as companyKpis)." })
    period: string,
    @Arg('language', () => DocumentLanguage, {
      defaultValue: DocumentLanguage.ZH_CN,
      description: 'Language of the headers, KPI names and sheet names (ZH_CN by default).',
    })
    language: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DocumentLink> {
    chargeDocument(ctx);
    const p = requirePrincipal(ctx);
    if (!isPeriod(period))
      throw validationFailed('period is YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const figures = await readKpiFigures({
      gatewayUrl: this.o.gatewayUrl,
      authorization: ctx.authorization ?? '',
      period,
      timeoutMs: this.o.timeoutMs,
      maxBytes: this.o.maxResponseBytes,
    });
    const en = language === DocumentLanguage.EN;
    let bytes: Buffer;
    try {
      ({ bytes } = await workbookFile({
        sheets: kpiReportSheets(figures, en ? 'en' : 'zh-CN'),
        language: en ? 'en' : 'zh-CN',
        maxBytes: this.documents.limits.maxBytes,
      }));
    } catch (e) {
      if (e instanceof RegisterTooLargeError)
        throw validationFailed(`the report would be larger than ${e.maxBytes} bytes`, [
          { field: 'period', message: 'too many properties for one file' },
        ]);
      throw e;
    }
    return this.documents.save(
      p,
      {
        kind: 'report.KPI',
        fileName: `${en ? 'KPI report' : 'KPI报表'}-${period}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        bytes,
      },
      ctx.publicOrigin ?? '',
    );
  }
}
