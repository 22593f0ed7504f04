import { Directive, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ColumnSpec,
  ImportProblem,
  Language,
  SheetError,
  XLSX_CONTENT_TYPE,
  columnLabel,
  problemMessage,
} from '@pm/spreadsheets';
import { DomainError } from './errors';
import { ErrorCode } from '@pm/contracts';

/** The reader's language for messages the API writes itself (import reports, templates). */
export enum ReportLanguage {
  ZH_CN = 'zh-CN',
  EN = 'en',
}
registerEnumType(ReportLanguage, {
  valuesConfig: {
    ZH_CN: { description: 'Simplified Chinese (简体中文), the default.' },
    EN: { description: 'English.' },
  },
  name: 'ReportLanguage',
  description: 'zh-CN (the default) or en, for messages the API composes (import row reports).',
});

@InputType({
  description:
    'An uploaded spreadsheet: .xlsx, or CSV in UTF-8 (BOM or not) or GB18030/GBK; at most 4 MB and 20,000 rows.',
})
export class ImportFileInput {
  @Field({ description: 'The name as the user picked it (shown back; the content decides the format).' })
  fileName!: string;

  @Field({ description: 'The bytes, base64 (standard alphabet).' })
  contentBase64!: string;
}

/** Every importing subgraph reports rows in this shape, so federation is told it is shared. */
@Directive('@shareable')
@ObjectType({ description: 'One line of an import row report.' })
export class ImportProblemView {
  @Field(() => Int, {
    description: 'Row as the spreadsheet numbers it (1 = the header; 0 = the whole file).',
  })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column key (name, phone, …); null: the row or file.',
  })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The column header in the requested language.' })
  columnLabel!: string | null;

  @Field({ description: 'Stable problem code (cell.phone, unit.unknown, file.tooLarge, …).' })
  code!: string;

  @Field({ description: 'The problem in the requested language.' })
  message!: string;
}

/** A file handed back inline (base64) until documents are served as signed links. */
@Directive('@shareable')
@ObjectType({ description: 'A generated file, inline as base64.' })
export class SpreadsheetFile {
  @Field({ description: 'File name to save it as.' })
  fileName!: string;

  @Field({
    description: 'MIME type, e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.',
  })
  contentType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  byteSize!: number;

  @Field({ description: "The file's bytes, base64-encoded." })
  contentBase64!: string;
}

export const xlsxFile = (fileName: string, bytes: Buffer): SpreadsheetFile => ({
  fileName,
  contentType: XLSX_CONTENT_TYPE,
  byteSize: bytes.length,
  contentBase64: bytes.toString('base64'),
});

const languageOf = (l: ReportLanguage | null | undefined): Language =>
  l === ReportLanguage.EN ? 'en' : 'zh-CN';

/** A stored report read in the caller's language. */
export function problemViews(
  problems: readonly ImportProblem[],
  columns: readonly ColumnSpec[],
  language: ReportLanguage | null | undefined,
): ImportProblemView[] {
  const lang = languageOf(language);
  return problems.map((p) => ({
    row: p.row,
    column: p.column,
    columnLabel: columnLabel(p.column, columns, lang),
    code: p.code,
    message: problemMessage(p, lang),
  }));
}

/**
 * A file refused as a whole (too large, unreadable, header incomplete): VALIDATION_FAILED whose
 * problems carry the report lines (field = column key or `file`), in the caller's language.
 */
export function importRefused(
  problems: readonly ImportProblem[],
  columns: readonly ColumnSpec[],
  language: ReportLanguage | null | undefined,
): DomainError {
  const views = problemViews(problems, columns, language);
  return new DomainError(ErrorCode.VALIDATION_FAILED, views.map((v) => v.message).join('; '), {
    problems: views.map((v) => ({ field: v.column ?? 'file', message: v.message, row: v.row, code: v.code })),
  });
}

export const isSheetError = (e: unknown): e is SheetError => e instanceof SheetError;
