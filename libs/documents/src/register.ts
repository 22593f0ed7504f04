import { Principal } from '@pm/auth';
import { StaffRole, isUuid } from '@pm/contracts';
import { assertPropertyVisible, forbidden, notFound, validationFailed } from '@pm/graphql';
import {
  ColumnSpec,
  RegisterRow,
  RegisterTooLargeError,
  XLSX_CONTENT_TYPE,
  registerFile,
} from '@pm/spreadsheets';
import { isCalendarDate } from '@pm/time';
import { DocumentLanguage, DocumentLink } from './graphql';
import { DocumentStore } from './store';

/** One register a subgraph exports (issue 14): its sheet, who may read it, where its rows come from. */
export interface RegisterDefinition {
  /** Sheet and file name, e.g. 欠费登记表 / Arrears register. */
  zh: string;
  en: string;
  columns: readonly ColumnSpec[];
  /** Roles that read it (ADMIN always does); others are refused with FORBIDDEN. */
  roles: readonly StaffRole[];
  rows(
    p: Principal,
    propertyId: string,
    range: { from?: string | null; to?: string | null },
  ): AsyncIterable<RegisterRow>;
}

/**
 * Every role that reads at least one of a subgraph's registers: the export mutation's
 * `@Authorized`, so its SDL names who may call it; each kind's own roles are checked again.
 */
export function registerReaders(roles: Record<string, readonly StaffRole[]>): StaffRole[] {
  return [...new Set(Object.values(roles).flat())];
}

export interface RegisterRequest {
  propertyId: string;
  from?: string | null;
  to?: string | null;
  language: DocumentLanguage;
}

export interface RegisterExportOptions {
  store: DocumentStore;
  principal: Principal;
  /** The gateway's origin the link is made on. */
  origin: string;
  /** Stored document kind, e.g. `register.ARREARS`. */
  kind: string;
  register: RegisterDefinition;
  request: RegisterRequest;
  /** The property in the caller's company (tenant and site filters apply), or null. */
  property(propertyId: string): Promise<{ name: string; timeZone: string } | null>;
}

/**
 * `exportXxxRegister`: a register of one property as .xlsx behind a signed link, like any
 * Document. Everything a request can get wrong is refused before the first row is read (role →
 * FORBIDDEN, dates → VALIDATION_FAILED, a property not in the caller's company or sites →
 * NOT_FOUND), so a refused export never leaves a half-written file.
 */
export async function exportRegister(o: RegisterExportOptions): Promise<DocumentLink> {
  const { principal: p, register: r, request: q } = o;
  if (!p.roles.includes(StaffRole.ADMIN) && !r.roles.some((role) => p.roles.includes(role)))
    throw forbidden(`the ${r.en.toLowerCase()} is read by ${r.roles.join(', ')}`);
  const problems = (['from', 'to'] as const)
    .filter((f) => q[f] != null && !isCalendarDate(q[f]!))
    .map((field) => ({ field, message: 'a date YYYY-MM-DD' }));
  if (!problems.length && q.from && q.to && q.from > q.to)
    problems.push({ field: 'to', message: 'on or after from' });
  if (problems.length) throw validationFailed('invalid date range', problems);
  if (!isUuid(q.propertyId)) throw notFound('property');
  assertPropertyVisible(p, q.propertyId);
  const property = await o.property(q.propertyId);
  if (!property) throw notFound('property');
  const en = q.language === DocumentLanguage.EN;
  const title = en ? r.en : r.zh;
  const span = q.from || q.to ? `-${q.from ?? ''}${en ? '_to_' : '至'}${q.to ?? ''}` : '';
  let bytes: Buffer;
  try {
    ({ bytes } = await registerFile({
      columns: r.columns,
      rows: r.rows(p, q.propertyId, { from: q.from, to: q.to }),
      sheetName: title,
      language: en ? 'en' : 'zh-CN',
      timeZone: property.timeZone,
      maxBytes: o.store.limits.maxBytes,
    }));
  } catch (e) {
    if (e instanceof RegisterTooLargeError)
      throw validationFailed(
        `the register would be larger than ${e.maxBytes} bytes: export a shorter range`,
        [{ field: 'from', message: 'a shorter range' }],
      );
    throw e;
  }
  return o.store.save(
    p,
    {
      kind: o.kind,
      fileName: `${title}-${property.name}${span}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'),
      contentType: XLSX_CONTENT_TYPE,
      bytes,
    },
    o.origin,
  );
}
