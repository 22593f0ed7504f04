import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
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
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { CustomerImport } from './import.entity';
import { CUSTOMER_COLUMNS, CUSTOMER_TEMPLATE } from './import.rules';
import { ImportService } from './import.service';

@Resolver(() => CustomerImport)
export class ImportResolver {
  constructor(private imports: ImportService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => CustomerImport, {
    description:
      'Customers from an .xlsx or CSV (UTF-8, UTF-8 with BOM, GB18030/GBK) of at most 4 MB and 20,000 rows; headers in Chinese (the template) or English. Give `file`, or `csv` as text. All rows or none; the row report is `problems`. A file refused as a whole (too large, unreadable, a required column missing) answers VALIDATION_FAILED.',
  })
  importCustomers(
    @Arg('propertyId', () => ID, { description: 'The property the customers belong to.' })
    propertyId: string,
    @Arg('file', () => ImportFileInput, {
      description: 'The .xlsx or CSV file, base64-encoded; give either file or csv.',
      nullable: true,
    })
    file: ImportFileInput | null,
    @Arg('csv', () => String, { nullable: true, description: 'CSV text (older clients); or give `file`.' })
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

  @Authorized(...CUSTOMER_READERS)
  @Query(() => CustomerImport, {
    nullable: true,
    description: 'Progress (processed / total) and report of an import.',
  })
  customerImport(
    @Arg('id', () => ID, { description: 'Id returned by importCustomers.' })
    id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.imports.get(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Query(() => SpreadsheetFile, {
    description: 'The customer import template (.xlsx, Chinese headers, an example row, a 说明 sheet).',
  })
  async customerImportTemplate(): Promise<SpreadsheetFile> {
    return xlsxFile('客户导入模板.xlsx', await customerTemplate());
  }

  @FieldResolver(() => [ImportProblemView], {
    description: 'The row report: row, column and problem, in the language asked for.',
  })
  problems(
    @Root() imp: CustomerImport,
    @Arg('language', () => ReportLanguage, {
      description: 'Language of the messages.',
      defaultValue: ReportLanguage.ZH_CN,
    })
    language: ReportLanguage,
  ): ImportProblemView[] {
    return problemViews(imp.problems ?? [], CUSTOMER_COLUMNS, language);
  }
}

let template: Promise<Buffer> | undefined;
/** Built once per process: a pure function of the columns. */
const customerTemplate = () =>
  (template ??= buildTemplate({
    columns: CUSTOMER_COLUMNS,
    example: CUSTOMER_TEMPLATE.example,
    sheetName: '客户',
    notes: CUSTOMER_TEMPLATE.notes,
  }));
