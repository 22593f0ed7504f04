import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { assertPropertyVisible, conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { actorId, marks, one, q, tenantId, ts } from '@pm/db';
import { isUuid } from '@pm/contracts';
import { FileStore } from './file-store';
import {
  ArchiveSection,
  LoanTerm,
  approvesArchives,
  loanMaxDays,
  loanProblems,
  mayReadArchive,
  missingSections,
} from './archive.rules';
import {
  Archive,
  ArchiveCompleteness,
  ArchiveDisposition,
  ArchiveDispositionInput,
  ArchiveDocument,
  ArchiveLoan,
  ArchiveLoanInput,
  AttachArchiveDocumentInput,
  toLoan,
} from './archive.types';

const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** R-ARC-1: one archive per customer, opened with the registration form as its basic information. */
export async function createArchive(
  em: EntityManager,
  customerId: string,
  propertyId: string,
): Promise<string> {
  const id = uuidv7();
  await q(em, 'insert into archives (id, tenant_id, customer_id, property_id) values (?, ?, ?, ?)', [
    id,
    tenantId(),
    customerId,
    propertyId,
  ]);
  await q(
    em,
    `insert into archive_documents (id, tenant_id, archive_id, section, name, added_by) values (?, ?, ?, 'BASIC_INFO', ?, ?)`,
    [uuidv7(), tenantId(), id, 'Customer registration form (客户登记表)', actorId()],
  );
  return id;
}

function toDisposition(r: any): ArchiveDisposition {
  return Object.assign(new ArchiveDisposition(), {
    id: r.id,
    archiveId: r.archive_id,
    kind: r.kind,
    status: r.status,
    toDepartment: r.to_department,
    reason: r.reason,
    approvedBy: r.approved_by,
    handoverSignedBy: r.handover_signed_by,
  });
}

export class ArchiveService {
  constructor(
    private db: Database,
    private files: FileStore,
    private clock: Clock,
  ) {}

  /** The archive of a visible customer, or NOT_FOUND (other tenants, other sites, unknown ids). */
  private async archiveOf(em: EntityManager, principal: Principal, customerId: string) {
    if (!isUuid(customerId)) throw notFound('customer');
    const a = await one(em, 'select * from archives where customer_id = ?', [customerId]);
    if (!a) throw notFound('customer');
    assertPropertyVisible(principal, a.property_id, 'customer');
    return a;
  }

  private async hasCurrentLoan(em: EntityManager, principal: Principal, archiveId: string): Promise<boolean> {
    const r = await one(
      em,
      `select 1 from archive_loans where archive_id = ? and borrower_id = ? and status = 'APPROVED' and due_at >= ?`,
      [archiveId, principal.actor.id ?? '', this.clock.now()],
    );
    return !!r;
  }

  private async log(em: EntityManager, a: any, action: string, purpose: string) {
    await q(
      em,
      'insert into archive_access_log (id, tenant_id, archive_id, customer_id, actor_id, action, purpose, at) values (?, ?, ?, ?, ?, ?, ?, ?)',
      [uuidv7(), tenantId(), a.id, a.customer_id, actorId(), action, purpose, this.clock.now()],
    );
  }

  /** R-ARC-2: a confidential read; needs a manager or an approved loan, and always leaves a log row. */
  async read(principal: Principal, customerId: string, purpose: string): Promise<Archive> {
    if (!purpose.trim())
      throw validationFailed('a purpose is required', [{ field: 'purpose', message: 'required (R-ARC-2)' }]);
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, principal, customerId);
      if (!mayReadArchive(principal.roles, await this.hasCurrentLoan(em, principal, a.id)))
        throw forbidden('reading an archive needs a manager’s approval: request an archive loan (R-ARC-2)');
      await this.log(em, a, 'READ', purpose.trim());
      const docs = await q(
        em,
        'select * from archive_documents where archive_id = ? order by created_at, id',
        [a.id],
      );
      return Object.assign(new Archive(), {
        id: a.id,
        customerId: a.customer_id,
        propertyId: a.property_id,
        status: a.status,
        department: a.department,
        documents: docs.map((d) =>
          Object.assign(new ArchiveDocument(), {
            id: d.id,
            section: d.section,
            name: d.name,
            contentType: d.content_type,
            sizeBytes: d.size_bytes,
            createdAt: ts(d.created_at),
          }),
        ),
        missingSections: missingSections(docs.map((d) => d.section)),
      });
    });
  }

  async documentContent(principal: Principal, documentId: string, purpose: string): Promise<string> {
    if (!isUuid(documentId)) throw notFound('document');
    if (!purpose.trim())
      throw validationFailed('a purpose is required', [{ field: 'purpose', message: 'required (R-ARC-2)' }]);
    const key = await this.db.tx(async (em) => {
      const d = await one(
        em,
        'select d.storage_key, a.* from archive_documents d join archives a on a.id = d.archive_id where d.id = ?',
        [documentId],
      );
      if (!d) throw notFound('document');
      assertPropertyVisible(principal, d.property_id, 'document');
      if (!mayReadArchive(principal.roles, await this.hasCurrentLoan(em, principal, d.id)))
        throw forbidden('reading an archive needs a manager’s approval (R-ARC-2)');
      await this.log(em, d, 'COPY', purpose.trim());
      return d.storage_key as string | null;
    });
    if (!key) return '';
    return (await this.files.get(key)).toString('base64');
  }

  async attach(principal: Principal, input: AttachArchiveDocumentInput): Promise<ArchiveDocument> {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const problems = [];
    if (!input.name.trim()) problems.push({ field: 'name', message: 'required' });
    if (bytes.length > MAX_DOCUMENT_BYTES)
      problems.push({ field: 'contentBase64', message: 'at most 10 MB' });
    if (problems.length) throw validationFailed('document is invalid', problems);
    const id = uuidv7();
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, principal, input.customerId);
      if (a.status !== 'ACTIVE') throw conflict(`archive is ${a.status}`);
      const key = `${a.id}/${id}`;
      await this.files.put(key, bytes);
      const [d] = await q(
        em,
        `insert into archive_documents (id, tenant_id, archive_id, section, name, storage_key, content_type, size_bytes, added_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
        [
          id,
          tenantId(),
          a.id,
          input.section,
          input.name.trim(),
          key,
          input.contentType ?? null,
          bytes.length,
          actorId(),
        ],
      );
      await this.log(em, a, 'ADD_DOCUMENT', input.name.trim());
      return Object.assign(new ArchiveDocument(), {
        id,
        section: d.section,
        name: d.name,
        contentType: d.content_type,
        sizeBytes: d.size_bytes,
        createdAt: ts(d.created_at),
      });
    });
  }

  private async loanPolicies(em: EntityManager) {
    const asOf = dateIn(this.clock.now(), 'Asia/Shanghai');
    return {
      shortMax: await policyValue<number>(em, 'archives.shortLoanMaxDays', null, asOf),
      longMax: await policyValue<number>(em, 'archives.longLoanMaxDays', null, asOf),
      defaultMax: await policyValue<number>(em, 'archives.defaultLoanMaxDays', null, asOf),
    };
  }

  /** R-ARC-2, R-ARC-3: a loan request within the policy maximum; approval comes from a manager. */
  async requestLoan(principal: Principal, input: ArchiveLoanInput): Promise<ArchiveLoan> {
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, principal, input.customerId);
      const max = loanMaxDays(input.term, await this.loanPolicies(em));
      const problems = loanProblems(input.days, input.purpose, max);
      if (problems.length) throw validationFailed('archive loan is invalid', problems);
      if (a.status !== 'ACTIVE') throw conflict(`archive is ${a.status}`);
      const [r] = await q(
        em,
        `insert into archive_loans (id, tenant_id, archive_id, customer_id, property_id, borrower_id, purpose, term, days, status)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED') returning *`,
        [
          uuidv7(),
          tenantId(),
          a.id,
          a.customer_id,
          a.property_id,
          principal.actor.id ?? 'unknown',
          input.purpose.trim(),
          input.term ?? 'DEFAULT',
          input.days,
        ],
      );
      await this.log(em, a, 'LOAN_REQUESTED', input.purpose.trim());
      return toLoan(r, this.clock.now());
    });
  }

  private async loanFor(em: EntityManager, principal: Principal, id: string) {
    if (!isUuid(id)) throw notFound('archive loan');
    const r = await one(em, 'select * from archive_loans where id = ? for update', [id]);
    if (!r) throw notFound('archive loan');
    assertPropertyVisible(principal, r.property_id, 'archive loan');
    return r;
  }

  async decide(principal: Principal, id: string, approve: boolean): Promise<ArchiveLoan> {
    if (!approvesArchives(principal.roles))
      throw forbidden('archive loans are approved by the department manager');
    return this.db.tx(async (em) => {
      const r = await this.loanFor(em, principal, id);
      if (r.status !== 'REQUESTED') throw conflict(`loan is ${r.status}`);
      if (r.borrower_id === principal.actor.id) throw forbidden('a borrower cannot approve their own loan');
      const now = this.clock.now();
      const [u] = await q(
        em,
        `update archive_loans set status = ?, approved_by = ?, approved_at = ?, due_at = ? where id = ? returning *`,
        [
          approve ? 'APPROVED' : 'REJECTED',
          principal.actor.id ?? null,
          now,
          approve ? new Date(now.getTime() + r.days * 86_400_000) : null,
          id,
        ],
      );
      const a = await one(em, 'select * from archives where id = ?', [r.archive_id]);
      await this.log(em, a, approve ? 'LOAN_APPROVED' : 'LOAN_REJECTED', r.purpose);
      return toLoan(u, now);
    });
  }

  async returnLoan(principal: Principal, id: string): Promise<ArchiveLoan> {
    return this.db.tx(async (em) => {
      const r = await this.loanFor(em, principal, id);
      if (!['APPROVED', 'OVERDUE'].includes(r.status)) throw conflict(`loan is ${r.status}`);
      if (r.borrower_id !== principal.actor.id && !approvesArchives(principal.roles))
        throw forbidden('only the borrower or a manager records a return');
      const now = this.clock.now();
      const [u] = await q(
        em,
        `update archive_loans set status = 'RETURNED', returned_at = ? where id = ? returning *`,
        [now, id],
      );
      const a = await one(em, 'select * from archives where id = ?', [r.archive_id]);
      await this.log(em, a, 'LOAN_RETURNED', r.purpose);
      return toLoan(u, now);
    });
  }

  /** R-ARC-3: renewal is asked before expiry and approved by a manager; each period within the maximum. */
  async renew(principal: Principal, id: string, days: number): Promise<ArchiveLoan> {
    if (!approvesArchives(principal.roles))
      throw forbidden('renewals are approved by the department manager');
    return this.db.tx(async (em) => {
      const r = await this.loanFor(em, principal, id);
      const now = this.clock.now();
      if (r.status !== 'APPROVED' || ts(r.due_at)! < now)
        throw conflict('only a current loan can be renewed, before it expires');
      const max = loanMaxDays(r.term === 'DEFAULT' ? null : r.term, await this.loanPolicies(em));
      const problems = loanProblems(days, r.purpose, max);
      if (problems.length) throw validationFailed('renewal is invalid', problems);
      const [u] = await q(
        em,
        `update archive_loans set due_at = due_at + (? || ' days')::interval, renewals = renewals + 1 where id = ? returning *`,
        [String(days), id],
      );
      return toLoan(u, now);
    });
  }

  /** R-ARC-3: overdue loans are flagged (and marked OVERDUE for good). */
  async overdue(principal: Principal, propertyId?: string | null): Promise<ArchiveLoan[]> {
    if (propertyId) assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const now = this.clock.now();
      await q(em, `update archive_loans set status = 'OVERDUE' where status = 'APPROVED' and due_at < ?`, [
        now,
      ]);
      const params: unknown[] = [];
      let where = `status = 'OVERDUE'`;
      if (propertyId) {
        where += ' and property_id = ?';
        params.push(propertyId);
      }
      if (principal.propertyScope !== 'ALL') {
        if (!principal.propertyScope.length) return [];
        where += ` and property_id in (${marks(principal.propertyScope.length)})`;
        params.push(...principal.propertyScope);
      }
      const rows = await q(em, `select * from archive_loans where ${where} order by due_at`, params);
      return rows.map((r) => toLoan(r, now));
    });
  }

  /** R-ARC-4: transfer and destruction are requested, then approved by a manager with a record. */
  async requestDisposition(
    principal: Principal,
    input: ArchiveDispositionInput,
  ): Promise<ArchiveDisposition> {
    const problems = [];
    if (!['TRANSFER', 'DESTROY'].includes(input.kind))
      problems.push({ field: 'kind', message: 'TRANSFER or DESTROY' });
    if (input.kind === 'TRANSFER' && !input.toDepartment?.trim())
      problems.push({ field: 'toDepartment', message: 'a transfer names the receiving department' });
    if (!input.reason.trim()) problems.push({ field: 'reason', message: 'required' });
    if (problems.length) throw validationFailed('archive disposition is invalid', problems);
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, principal, input.customerId);
      if (a.status !== 'ACTIVE') throw conflict(`archive is ${a.status}`);
      const [r] = await q(
        em,
        `insert into archive_dispositions (id, tenant_id, archive_id, kind, to_department, reason, status, requested_by)
         values (?, ?, ?, ?, ?, ?, 'REQUESTED', ?) returning *`,
        [
          uuidv7(),
          tenantId(),
          a.id,
          input.kind,
          input.toDepartment?.trim() || null,
          input.reason.trim(),
          actorId(),
        ],
      );
      return toDisposition(r);
    });
  }

  async approveDisposition(
    principal: Principal,
    id: string,
    handoverSignedBy?: string | null,
  ): Promise<ArchiveDisposition> {
    if (!approvesArchives(principal.roles))
      throw forbidden('archive transfers and destruction need a manager’s approval');
    const { r, keys } = await this.db.tx(async (em) => {
      if (!isUuid(id)) throw notFound('archive disposition');
      const d = await one(
        em,
        'select d.*, a.property_id, a.customer_id from archive_dispositions d join archives a on a.id = d.archive_id where d.id = ? for update',
        [id],
      );
      if (!d) throw notFound('archive disposition');
      assertPropertyVisible(principal, d.property_id, 'archive disposition');
      if (d.status !== 'REQUESTED') throw conflict(`disposition is ${d.status}`);
      if (d.kind === 'TRANSFER' && !handoverSignedBy?.trim())
        throw validationFailed('a transfer needs a signed hand-over record', [
          { field: 'handoverSignedBy', message: 'required (R-ARC-4)' },
        ]);
      const [u] = await q(
        em,
        `update archive_dispositions set status = 'DONE', approved_by = ?, approved_at = ?, handover_signed_by = ? where id = ? returning *`,
        [actorId(), this.clock.now(), handoverSignedBy?.trim() || null, id],
      );
      await q(em, `update archives set status = ?, department = coalesce(?, department) where id = ?`, [
        d.kind === 'TRANSFER' ? 'TRANSFERRED' : 'DESTROYED',
        d.kind === 'TRANSFER' ? d.to_department : null,
        d.archive_id,
      ]);
      await this.log(em, { id: d.archive_id, customer_id: d.customer_id }, d.kind, d.reason);
      const docs =
        d.kind === 'DESTROY'
          ? await q(
              em,
              'select storage_key from archive_documents where archive_id = ? and storage_key is not null',
              [d.archive_id],
            )
          : [];
      return { r: u, keys: docs.map((x) => x.storage_key as string) };
    });
    for (const k of keys) await this.files.remove(k);
    return toDisposition(r);
  }

  /** R-ARC-4 monthly completeness check: archives of a property missing required items. */
  async completeness(principal: Principal, propertyId: string): Promise<ArchiveCompleteness> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx((em) => ArchiveService.completenessIn(em, propertyId));
  }

  static async completenessIn(em: EntityManager, propertyId: string): Promise<ArchiveCompleteness> {
    const rows = await q(
      em,
      `select a.customer_id, c.name, coalesce(array_agg(distinct d.section) filter (where d.section is not null), '{}') as sections
         from archives a join customers c on c.id = a.customer_id
         left join archive_documents d on d.archive_id = a.id
        where a.property_id = ? and a.status = 'ACTIVE'
        group by a.customer_id, c.name order by a.customer_id`,
      [propertyId],
    );
    const out = rows
      .map((r) => ({
        customerId: r.customer_id,
        customerName: r.name,
        missingSections: missingSections(r.sections),
      }))
      .filter((r) => r.missingSections.length);
    return { archivesChecked: rows.length, incomplete: out.length, rows: out };
  }
}

export { ArchiveSection, LoanTerm };
