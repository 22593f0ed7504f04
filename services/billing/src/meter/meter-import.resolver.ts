import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import {
  GraphQLContext,
  ImportFileInput,
  ImportProblemView,
  ReportLanguage,
  SpreadsheetFile,
  problemViews,
  requirePrincipal,
  xlsxFile,
} from '@pm/graphql';
import { buildTemplate } from '@pm/spreadsheets';
import { METER_READING_COLUMNS, METER_TEMPLATE } from './meter-import.rules';
import { MeterImportService } from './meter-import.service';
import { MeterReadingImport } from './meter-import.types';

@Resolver(() => MeterReadingImport)
export class MeterImportResolver {
  constructor(private imports: MeterImportService) {}

  @Authorized(StaffRole.TECHNICIAN, StaffRole.FINANCE)
  @Mutation(() => MeterReadingImport, {
    description:
      'Meter readings (抄表, R-BIL-2) of a property from an .xlsx or CSV (UTF-8, UTF-8 with BOM, GB18030/GBK) of at most 4 MB and 20,000 rows; headers in Chinese (the template) or English. All rows or none; the same file again writes nothing. A file refused as a whole answers VALIDATION_FAILED.',
  })
  importMeterReadings(
    @Arg('propertyId', () => ID, { description: 'The property the readings belong to.' })
    propertyId: string,
    @Arg('file', () => ImportFileInput, {
      description: 'The .xlsx or CSV file, base64-encoded; give either file or csv.',
      nullable: true,
    })
    file: ImportFileInput | null,
    @Arg('csv', () => String, { nullable: true, description: 'CSV text; or give `file`.' })
    csv: string | null,
    @Arg('language', () => ReportLanguage, {
      description: 'Language of the row report.',
      defaultValue: ReportLanguage.ZH_CN,
    })
    language: ReportLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.imports.run(requirePrincipal(ctx), propertyId, { file, csv }, language);
  }

  @Authorized(StaffRole.TECHNICIAN, StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => SpreadsheetFile, {
    description: 'The meter-reading import template (.xlsx, Chinese headers, an example row, a 说明 sheet).',
  })
  async meterReadingImportTemplate(): Promise<SpreadsheetFile> {
    return xlsxFile('抄表导入模板.xlsx', await meterTemplate());
  }

  @FieldResolver(() => [ImportProblemView], {
    description: 'The row report: row, column and problem, in the language asked for.',
  })
  problems(
    @Root() imp: MeterReadingImport,
    @Arg('language', () => ReportLanguage, {
      description: 'Language of the messages.',
      defaultValue: ReportLanguage.ZH_CN,
    })
    language: ReportLanguage,
  ): ImportProblemView[] {
    return problemViews(imp.problemList, METER_READING_COLUMNS, language);
  }
}

let template: Promise<Buffer> | undefined;
/** Built once per process: a pure function of the columns. */
const meterTemplate = () =>
  (template ??= buildTemplate({
    columns: METER_READING_COLUMNS,
    example: METER_TEMPLATE.example,
    sheetName: '抄表',
    notes: METER_TEMPLATE.notes,
  }));
