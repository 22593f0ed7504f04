import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import { assertPropertyVisible, conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';

import { timeZoneOf } from '../property/property.service';
import { FileStore } from './file-store';
import {
  Archive,
  ArchiveAccessLog,
  ArchiveCompletenessCheck,
  ArchiveDisposition,
  ArchiveDocument,
  ArchiveIndex,
  ArchiveLoan,
  DEFAULT_TERM,
} from './archive.entity';
import { ArchiveDispositionInput, ArchiveLoanInput, AttachArchiveDocumentInput } from './archive.inputs';
import {
  ArchiveSection,
  LoanPolicies,
  approvesArchives,
  loanMaxDays,
  loanProblems,
  mayReadArchive,
  missingSections,
} from './archive.rules';
import { ArchiveCompleteness, ArchiveLoanStatus, DispositionKind } from './archive.types';
import { Clock, dateIn } from '@pm/time';

/** What an archive document may be (customers' ARCHIVE_MAX_DOCUMENT_BYTES / ARCHIVE_CONTENT_TYPES). */
export interface DocumentLimits {
  maxBytes: number;
  contentTypes: readonly string[];
}

/** Problems of a document's content against the limits; none for a paper-only entry (no bytes). */
export function documentProblems(
  bytes: number,
  contentType: string | null | undefined,
  limits: DocumentLimits,
): { field: string; message: string }[] {
  const out = [];
  if (bytes > limits.maxBytes)
    out.push({ field: 'contentBase64', message: `at most ${Math.floor(limits.maxBytes / 1024)} KiB` });
  if (bytes > 0 && !contentType) out.push({ field: 'contentType', message: 'required with content' });
  else if (bytes > 0 && !limits.contentTypes.includes(contentType!.toLowerCase()))
    out.push({ field: 'contentType', message: `one of ${limits.contentTypes.join(', ')}` });
  return out;
}

/** R-ARC-1: one archive per customer, opened with the registration form as its basic information. */
export function createArchive(em: EntityManager, customerId: string, propertyId: string): Archive {
  const archive = em.create(Archive, { customerId, propertyId });
  em.create(ArchiveDocument, registrationForm(archive.id));
  return archive;
}

/** The registration form an archive opens with (createArchive, and an import's bulk rows). */
export const registrationForm = (archiveId: string) => ({
  archiveId,
  section: ArchiveSection.BASIC_INFO,
  name: 'Customer registration form (客户登记表)',
  addedBy: actorId(),
});

/**
 * R-ARC-4: a transfer or destruction asked for; a manager's approval (approveDisposition) carries
 * it out with its record. Also how an ownership transfer's DESTROY decision starts (R-CUS-7).
 */
export function requestDispositionOf(
  em: EntityManager,
  a: Archive,
  d: { kind: DispositionKind; toDepartment: string | null; reason: string },
): ArchiveDisposition {
  if (a.status !== 'ACTIVE') throw conflict(`archive is ${a.status}`);
  return em.create(ArchiveDisposition, {
    archiveId: a.id,
    ...d,
    status: 'REQUESTED',
    requestedBy: actorId(),
  });
}

export class ArchiveService {
  constructor(
    private db: Database,
    private files: FileStore,
    private clock: Clock,
    private limits: DocumentLimits,
  ) {}

  /** The archive of a customer the caller may see (tenant and site filters), or NOT_FOUND. */
  private async archiveOf(em: EntityManager, customerId: string, withDocuments = false): Promise<Archive> {
    const a = isUuid(customerId)
      ? await em.findOne(Archive, { customerId }, { populate: withDocuments ? ['documents'] : [] })
      : null;
    if (!a) throw notFound('customer');
    return a;
  }

  private async hasCurrentLoan(em: EntityManager, principal: Principal, archiveId: string): Promise<boolean> {
    const n = await em.count(ArchiveLoan, {
      archiveId,
      borrowerId: principal.actor.id ?? '',
      status: ArchiveLoanStatus.APPROVED,
      dueAt: { $gte: this.clock.now() },
    });
    return n > 0;
  }

  private log(em: EntityManager, a: Archive, action: string, purpose: string): void {
    em.create(ArchiveAccessLog, {
      archiveId: a.id,
      customerId: a.customerId,
      actorId: actorId(),
      action,
      purpose,
      at: this.clock.now(),
    });
  }

  /** R-ARC-2: a confidential read; needs a manager or an approved loan, and always leaves a log row. */
  async read(principal: Principal, customerId: string, purpose: string): Promise<Archive> {
    if (!purpose.trim())
      throw validationFailed('a purpose is required', [{ field: 'purpose', message: 'required (R-ARC-2)' }]);
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, customerId, true);
      if (!mayReadArchive(principal.roles, await this.hasCurrentLoan(em, principal, a.id)))
        throw forbidden('reading an archive needs a manager’s approval: request an archive loan (R-ARC-2)');
      this.log(em, a, 'READ', purpose.trim());
      return a;
    }, principal);
  }

  async documentContent(principal: Principal, documentId: string, purpose: string): Promise<string> {
    if (!isUuid(documentId)) throw notFound('document');
    if (!purpose.trim())
      throw validationFailed('a purpose is required', [{ field: 'purpose', message: 'required (R-ARC-2)' }]);
    return this.db.tx(async (em) => {
      // A document is visible through its archive (the site filter scopes archives).
      const d = await em.findOne(ArchiveDocument, documentId);
      const a = d && (await em.findOne(Archive, d.archiveId));
      if (!d || !a) throw notFound('document');
      if (!mayReadArchive(principal.roles, await this.hasCurrentLoan(em, principal, a.id)))
        throw forbidden('reading an archive needs a manager’s approval (R-ARC-2)');
      this.log(em, a, 'COPY', purpose.trim());
      return d.storageKey ? (await this.files.get(em, d.storageKey)).toString('base64') : '';
    }, principal);
  }

  async attach(principal: Principal, input: AttachArchiveDocumentInput): Promise<ArchiveDocument> {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const problems = documentProblems(bytes.length, input.contentType, this.limits);
    if (!input.name.trim()) problems.unshift({ field: 'name', message: 'required' });
    if (problems.length) throw validationFailed('document is invalid', problems);
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, input.customerId);
      if (a.status !== 'ACTIVE') throw conflict(`archive is ${a.status}`);
      const d = em.create(ArchiveDocument, {
        archiveId: a.id,
        section: input.section,
        name: input.name.trim(),
        contentType: input.contentType?.toLowerCase() ?? null,
        sizeBytes: bytes.length,
        addedBy: actorId(),
      });
      if (bytes.length) {
        d.storageKey = `${a.id}/${d.id}`;
        await this.files.put(em, d.storageKey, bytes, d.contentType!);
      }
      this.log(em, a, 'ADD_DOCUMENT', d.name);
      return d;
    }, principal);
  }

  private async loanPolicies(em: EntityManager, propertyId: string): Promise<LoanPolicies> {
    const asOf = dateIn(this.clock.now(), await timeZoneOf(em, propertyId));
    return {
      shortMax: await policyValue<number>(em, 'archives.shortLoanMaxDays', null, asOf),
      longMax: await policyValue<number>(em, 'archives.longLoanMaxDays', null, asOf),
      defaultMax: await policyValue<number>(em, 'archives.defaultLoanMaxDays', null, asOf),
    };
  }

  /** R-ARC-2, R-ARC-3: a loan request within the policy maximum; approval comes from a manager. */
  async requestLoan(principal: Principal, input: ArchiveLoanInput): Promise<ArchiveLoan> {
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, input.customerId);
      const max = loanMaxDays(input.term, await this.loanPolicies(em, a.propertyId));
      const problems = loanProblems(input.days, input.purpose, max);
      if (problems.length) throw validationFailed('archive loan is invalid', problems);
      if (a.status !== 'ACTIVE') throw conflict(`archive is ${a.status}`);
      const loan = em.create(ArchiveLoan, {
        archiveId: a.id,
        customerId: a.customerId,
        propertyId: a.propertyId,
        borrowerId: principal.actor.id ?? 'unknown',
        purpose: input.purpose.trim(),
        term: input.term ?? DEFAULT_TERM,
        days: input.days,
        status: ArchiveLoanStatus.REQUESTED,
      });
      this.log(em, a, 'LOAN_REQUESTED', loan.purpose);
      return loan;
    }, principal);
  }

  private async loanFor(em: EntityManager, id: string): Promise<ArchiveLoan> {
    const r = isUuid(id) ? await em.findOne(ArchiveLoan, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!r) throw notFound('archive loan');
    return r;
  }

  async decide(principal: Principal, id: string, approve: boolean): Promise<ArchiveLoan> {
    if (!approvesArchives(principal.roles))
      throw forbidden('archive loans are approved by the department manager');
    return this.db.tx(async (em) => {
      const r = await this.loanFor(em, id);
      if (r.status !== ArchiveLoanStatus.REQUESTED) throw conflict(`loan is ${r.status}`);
      if (r.borrowerId === principal.actor.id) throw forbidden('a borrower cannot approve their own loan');
      const now = this.clock.now();
      em.assign(r, {
        status: approve ? ArchiveLoanStatus.APPROVED : ArchiveLoanStatus.REJECTED,
        approvedBy: principal.actor.id ?? null,
        approvedAt: now,
        dueAt: approve ? new Date(now.getTime() + r.days * 86_400_000) : null,
      });
      this.log(
        em,
        await em.findOneOrFail(Archive, r.archiveId),
        approve ? 'LOAN_APPROVED' : 'LOAN_REJECTED',
        r.purpose,
      );
      return r;
    }, principal);
  }

  async returnLoan(principal: Principal, id: string): Promise<ArchiveLoan> {
    return this.db.tx(async (em) => {
      const r = await this.loanFor(em, id);
      if (r.status !== ArchiveLoanStatus.APPROVED && r.status !== ArchiveLoanStatus.OVERDUE)
        throw conflict(`loan is ${r.status}`);
      if (r.borrowerId !== principal.actor.id && !approvesArchives(principal.roles))
        throw forbidden('only the borrower or a manager records a return');
      r.status = ArchiveLoanStatus.RETURNED;
      r.returnedAt = this.clock.now();
      this.log(em, await em.findOneOrFail(Archive, r.archiveId), 'LOAN_RETURNED', r.purpose);
      return r;
    }, principal);
  }

  /** R-ARC-3: renewal is asked before expiry and approved by a manager; each period within the maximum. */
  async renew(principal: Principal, id: string, days: number): Promise<ArchiveLoan> {
    if (!approvesArchives(principal.roles))
      throw forbidden('renewals are approved by the department manager');
    return this.db.tx(async (em) => {
      const r = await this.loanFor(em, id);
      const now = this.clock.now();
      if (r.status !== ArchiveLoanStatus.APPROVED || !r.dueAt || r.dueAt < now)
        throw conflict('only a current loan can be renewed, before it expires');
      const max = loanMaxDays(
        r.term === DEFAULT_TERM ? null : r.term,
        await this.loanPolicies(em, r.propertyId),
      );
      const problems = loanProblems(days, r.purpose, max);
      if (problems.length) throw validationFailed('renewal is invalid', problems);
      r.dueAt = new Date(r.dueAt.getTime() + days * 86_400_000);
      r.renewals++;
      return r;
    }, principal);
  }

  /** R-ARC-3: overdue loans are flagged (and marked OVERDUE for good). */
  async overdue(principal: Principal, propertyId?: string | null): Promise<ArchiveLoan[]> {
    if (propertyId) assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const now = this.clock.now();
      const due = await em.find(ArchiveLoan, { status: ArchiveLoanStatus.APPROVED, dueAt: { $lt: now } });
      for (const l of due) l.status = ArchiveLoanStatus.OVERDUE;
      await em.flush();
      return em.find(
        ArchiveLoan,
        { status: ArchiveLoanStatus.OVERDUE, ...(propertyId ? { propertyId } : {}) },
        { orderBy: { dueAt: 'asc' } },
      );
    }, principal);
  }

  /** R-ARC-4: transfer and destruction are requested, then approved by a manager with a record. */
  async requestDisposition(
    principal: Principal,
    input: ArchiveDispositionInput,
  ): Promise<ArchiveDisposition> {
    const kind = Object.values(DispositionKind).find((k) => k === input.kind);
    const problems = [];
    if (!kind) problems.push({ field: 'kind', message: 'TRANSFER or DESTROY' });
    if (kind === DispositionKind.TRANSFER && !input.toDepartment?.trim())
      problems.push({ field: 'toDepartment', message: 'a transfer names the receiving department' });
    if (!input.reason.trim()) problems.push({ field: 'reason', message: 'required' });
    if (!kind || problems.length) throw validationFailed('archive disposition is invalid', problems);
    return this.db.tx(async (em) => {
      const a = await this.archiveOf(em, input.customerId);
      return requestDispositionOf(em, a, {
        kind,
        toDepartment: input.toDepartment?.trim() || null,
        reason: input.reason.trim(),
      });
    }, principal);
  }

  async approveDisposition(
    principal: Principal,
    id: string,
    handoverSignedBy?: string | null,
  ): Promise<ArchiveDisposition> {
    if (!approvesArchives(principal.roles))
      throw forbidden('archive transfers and destruction need a manager’s approval');
    const { d, keys } = await this.db.tx(async (em) => {
      const d = isUuid(id)
        ? await em.findOne(ArchiveDisposition, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      // Visible through its archive (the site filter scopes archives).
      const a = d && (await em.findOne(Archive, d.archiveId));
      if (!d || !a) throw notFound('archive disposition');
      if (d.status !== 'REQUESTED') throw conflict(`disposition is ${d.status}`);
      if (d.kind === DispositionKind.TRANSFER && !handoverSignedBy?.trim())
        throw validationFailed('a transfer needs a signed hand-over record', [
          { field: 'handoverSignedBy', message: 'required (R-ARC-4)' },
        ]);
      em.assign(d, {
        status: 'DONE',
        approvedBy: actorId(),
        approvedAt: this.clock.now(),
        handoverSignedBy: handoverSignedBy?.trim() || null,
      });
      if (d.kind === DispositionKind.TRANSFER) {
        a.status = 'TRANSFERRED';
        if (d.toDepartment) a.department = d.toDepartment;
      } else a.status = 'DESTROYED';
      this.log(em, a, d.kind, d.reason);
      const docs =
        d.kind === DispositionKind.DESTROY
          ? await em.find(ArchiveDocument, { archiveId: a.id, storageKey: { $ne: null } })
          : [];
      const stored = docs.map((x) => x.storageKey).filter((k): k is string => !!k);
      await this.files.discard(em, stored);
      return { d, keys: stored };
    }, principal);
    await this.files.purge(principal.tenantId, keys);
    return d;
  }

  /** R-ARC-4 monthly completeness check: archives of a property missing required items. */
  async completeness(principal: Principal, propertyId: string): Promise<ArchiveCompleteness> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx((em) => ArchiveService.completenessIn(em, propertyId), principal);
  }

  /** R-ARC-4: the property's stored monthly checks, latest month first. */
  async completenessChecks(principal: Principal, propertyId: string): Promise<ArchiveCompletenessCheck[]> {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(
      (em) => em.find(ArchiveCompletenessCheck, { propertyId }, { orderBy: { period: 'desc' } }),
      principal,
    );
  }

  static async completenessIn(em: EntityManager, propertyId: string): Promise<ArchiveCompleteness> {
    const archives = await em.find(
      ArchiveIndex,
      { propertyId, status: 'ACTIVE' },
      { orderBy: { customerId: 'asc' } },
    );
    const rows = archives
      .map((a) => ({
        customerId: a.customerId,
        customerName: a.customerName,
        missingSections: missingSections(a.sections),
      }))
      .filter((r) => r.missingSections.length);
    return { archivesChecked: archives.length, incomplete: rows.length, rows };
  }
}
