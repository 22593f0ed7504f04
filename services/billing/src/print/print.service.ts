import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import {
  CustomerNames,
  DocumentLanguage,
  DocumentLink,
  DocumentPage,
  DocumentStore,
  StoredDocument,
  fileNameOf,
  letterhead,
  pick,
  printedPeriod,
  unitLabel,
} from '@pm/documents';
import { notFound, rateLimited, validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { policyValues, policyValuesAt } from '@pm/policy';
import { TenantContext, runWithTenant } from '@pm/tenant-context';
import { Clock, dateIn, isPeriod, periodDays } from '@pm/time';
import { Bill, BillDeferral, BillLine } from '../bill/bill.entity';
import { billLateFee } from '../bill/bill.rules';
import { monthsOverdue } from '../common/period';
import { DunningRound } from '../dunning/dunning.entity';
import { noticeValidUntil } from '../dunning/dunning.rules';
import { Payment, PaymentAllocation } from '../payment/payment.entity';
import { PropertyProjection, UnitProjection } from '../projection/projection.entity';
import { PrintBatchKind, PrintJob, PrintJobStatus } from './print.entity';
import { lockPrintJobs } from './print.queries';
import {
  DunningNoticeData,
  PaymentNoticeData,
  dunningNoticePage,
  paymentNoticePage,
  receiptPage,
} from './print.pages';

export interface PrintOptions {
  jobsPerTenant: number;
  batchMax: number;
}

/** A print job whose heartbeat is older than this died with its process. */
const STALE_MS = 2 * 60_000;
/** Progress is written at most this often (one small transaction each). */
const PROGRESS_EVERY_MS = 500;

const byUnit = (units: Map<string, UnitProjection>) => (a: { unitId: string }, b: { unitId: string }) => {
  const ua = units.get(a.unitId);
  const ub = units.get(b.unitId);
  return (
    (ua?.building ?? '').localeCompare(ub?.building ?? '', 'zh', { numeric: true }) ||
    (ua?.number ?? '').localeCompare(ub?.number ?? '', 'zh', { numeric: true })
  );
};

/**
 * Billing's printed documents (R-DOC-2, R-DOC-3, R-DOC-5): data loaded in a few set-wise reads,
 * pages written by the pure functions of print.pages.ts, rendered and kept by libs/documents.
 * Payers' names come from the customers service at print time (billing keeps no names).
 */
export class PrintService {
  private running = new Set<Promise<void>>();

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    private store: DocumentStore,
    private customers: CustomerNames,
    private o: PrintOptions,
  ) {}

  async paymentNotice(
    p: Principal,
    billId: string,
    lang: DocumentLanguage,
    origin: string,
  ): Promise<DocumentLink> {
    const { pages, name } = await this.paymentNotices(p, { billIds: [billId] }, lang);
    if (!pages.length) throw notFound('bill');
    return this.store.create(
      p,
      {
        kind: 'PAYMENT_NOTICE',
        fileName: name,
        pages,
        meta: { title: pages[0].title, author: pages[0].company },
      },
      origin,
    );
  }

  async dunningNotice(
    p: Principal,
    roundId: string,
    lang: DocumentLanguage,
    origin: string,
  ): Promise<DocumentLink> {
    const { pages, name } = await this.dunningNotices(p, { roundIds: [roundId] }, lang);
    if (!pages.length) throw notFound('dunning round');
    return this.store.create(
      p,
      {
        kind: 'DUNNING_NOTICE',
        fileName: name,
        pages,
        meta: { title: pages[0].title, author: pages[0].company },
      },
      origin,
    );
  }

  async receipt(
    p: Principal,
    paymentId: string,
    lang: DocumentLanguage,
    origin: string,
  ): Promise<DocumentLink> {
    const data = await this.db.tx(async (em) => {
      const pay = await em.findOne(Payment, paymentId);
      if (!pay) return null;
      const allocations = await em.find(PaymentAllocation, { paymentId }, { orderBy: { id: 'asc' } });
      const bills = await em.find(Bill, { id: { $in: [pay.billId, ...allocations.map((a) => a.billId)] } });
      const units = await unitsOf(
        em,
        bills.map((b) => b.unitId),
      );
      const property = await em.findOneOrFail(PropertyProjection, pay.propertyId);
      const billOf = new Map(bills.map((b) => [b.id, b]));
      // A receipt is issued once the bank receipt is in (R-BIL-8): it is dated that day.
      const paidOn = pay.receivedOn;
      const head = await letterhead(em, property, paidOn, lang);
      return { pay, allocations, billOf, units, property, paidOn, head };
    }, p);
    if (!data) throw notFound('payment');
    const { pay, allocations, billOf, units, property, paidOn, head } = data;
    const names = await this.customers.names(p.tenantId, pay.customerId ? [pay.customerId] : []);
    const page = receiptPage(
      {
        receiptNumber: pay.receiptNumber,
        paidOn,
        propertyName: property.name,
        unit: units.get(billOf.get(pay.billId)?.unitId ?? ''),
        customerName: pay.customerId ? names.get(pay.customerId) : undefined,
        amountFen: pay.amountFen,
        unallocatedFen: pay.unallocatedFen,
        bankReference: pay.bankReference,
        reversed: pay.status === 'REVERSED',
        allocations: allocations.map((a) => ({
          period: billOf.get(a.billId)?.period ?? '',
          unit: units.get(billOf.get(a.billId)?.unitId ?? ''),
          amountFen: a.amountFen,
        })),
      },
      head,
      lang,
    );
    return this.store.create(
      p,
      {
        kind: 'RECEIPT',
        fileName: fileNameOf(pick(lang, '收据', 'receipt'), pay.receiptNumber),
        pages: [page],
        meta: { title: page.title, author: page.company },
      },
      origin,
    );
  }

  /** Payment notices of the bills named, or of a property's period, sorted by building and unit. */
  async paymentNotices(
    ctx: TenantContext,
    which: { billIds: string[] } | { propertyId: string; period: string },
    lang: DocumentLanguage,
  ): Promise<{ pages: DocumentPage[]; name: string }> {
    const data = await this.db.tx(async (em) => {
      const bills = await em.find(Bill, 'billIds' in which ? { id: { $in: which.billIds } } : which);
      if (!bills.length) return null;
      const lines = await em.find(
        BillLine,
        { billId: { $in: bills.map((b) => b.id) } },
        { orderBy: { id: 'asc' } },
      );
      const units = await unitsOf(
        em,
        bills.map((b) => b.unitId),
      );
      const property = await em.findOneOrFail(PropertyProjection, bills[0].propertyId);
      const head = await letterhead(em, property, dateIn(this.clock.now(), property.timeZone), lang);
      return { bills: bills.sort(byUnit(units)), lines, units, property, head };
    }, ctx);
    if (!data) return { pages: [], name: '' };
    const { bills, lines, units, property, head } = data;
    const names = await this.customers.names(
      ctx.tenantId,
      bills.flatMap((b) => (b.customerId ? [b.customerId] : [])),
    );
    const linesOf = new Map<string, BillLine[]>();
    for (const l of lines) linesOf.set(l.billId, [...(linesOf.get(l.billId) ?? []), l]);
    const pages = bills.map((b) =>
      paymentNoticePage(noticeData(b, property, units, names, linesOf.get(b.id) ?? []), head, lang),
    );
    const title = pick(lang, '交款通知书', 'payment-notice');
    const name =
      bills.length === 1
        ? fileNameOf(title, unitLabel(units.get(bills[0].unitId), lang), bills[0].period)
        : fileNameOf(title, property.name, printedPeriod(bills[0].period, lang));
    return { pages, name };
  }

  /** Dunning notices of the rounds named, or of the rounds dated in a property's period. */
  async dunningNotices(
    ctx: TenantContext,
    which: { roundIds: string[] } | { propertyId: string; period: string },
    lang: DocumentLanguage,
  ): Promise<{ pages: DocumentPage[]; name: string }> {
    const data = await this.db.tx(async (em) => {
      let rounds: DunningRound[];
      let bills: Bill[];
      if ('roundIds' in which) {
        rounds = await em.find(DunningRound, { id: { $in: which.roundIds } });
        // A round is another site's when its bill is: the site filter hides the bill.
        bills = await em.find(Bill, { id: { $in: rounds.map((r) => r.billId) } });
      } else {
        const days = periodDays(which.period);
        rounds = await em.find(DunningRound, { noticeDate: { $gte: days.from, $lte: days.to } });
        bills = await em.find(Bill, {
          propertyId: which.propertyId,
          id: { $in: [...new Set(rounds.map((r) => r.billId))] },
        });
      }
      const billOf = new Map(bills.map((b) => [b.id, b]));
      rounds = rounds.filter((r) => billOf.has(r.billId));
      if (!rounds.length) return null;
      const ids = bills.map((b) => b.id);
      const credits = await em.find(
        PaymentAllocation,
        { billId: { $in: ids }, reversed: false },
        { orderBy: { paidOn: 'asc' } },
      );
      const deferrals = await em.find(BillDeferral, { billId: { $in: ids } }, { orderBy: { until: 'desc' } });
      const units = await unitsOf(
        em,
        bills.map((b) => b.unitId),
      );
      const property = await em.findOneOrFail(PropertyProjection, bills[0].propertyId);
      const today = dateIn(this.clock.now(), property.timeZone);
      const head = await letterhead(em, property, today, lang);
      const en = lang === DocumentLanguage.EN ? 'En' : '';
      const policy = (await policyValues(
        em,
        [1, 2, 3].map((n) => `documents.dunningWordingRound${n}${en}`),
        property.id,
        today,
      )) as Record<string, string | number>;
      // Each notice states the validity in force on its own date, as the dunning list shows it.
      const validDays = (
        await policyValuesAt(
          em,
          ['documents.dunningNoticeValidDays'],
          rounds.map((r) => ({ propertyId: billOf.get(r.billId)!.propertyId, asOf: r.noticeDate })),
        )
      ).map((v) => Number(v['documents.dunningNoticeValidDays']));
      const validDaysOf = new Map(rounds.map((r, i) => [r.id, validDays[i]]));
      return { rounds, billOf, credits, deferrals, units, property, head, policy, en, validDaysOf };
    }, ctx);
    if (!data) return { pages: [], name: '' };
    const { rounds, billOf, credits, deferrals, units, property, head, policy, en, validDaysOf } = data;
    const names = await this.customers.names(
      ctx.tenantId,
      [...billOf.values()].flatMap((b) => (b.customerId ? [b.customerId] : [])),
    );
    const sorted = rounds.sort(
      (a, b) => byUnit(units)(billOf.get(a.billId)!, billOf.get(b.billId)!) || a.round - b.round,
    );
    const pages = sorted.map((r) => {
      const bill = billOf.get(r.billId)!;
      // As of the notice's date: a reissued notice states what is owed on its new date.
      const upTo = credits.filter((c) => c.billId === bill.id && c.paidOn <= r.noticeDate);
      const fee = billLateFee(
        bill,
        upTo.map((c) => ({ date: c.paidOn, amountFen: c.amountFen })),
        deferrals.find((d) => d.billId === bill.id)?.until ?? null,
        r.noticeDate,
      );
      const d: DunningNoticeData = {
        ...noticeData(bill, property, units, names, []),
        paidFen: upTo.reduce((s, c) => s + c.amountFen, 0),
        round: r.round,
        noticeDate: r.noticeDate,
        monthsOverdue: monthsOverdue(bill.dueDate, r.noticeDate),
        lateFeeFen: fee.feeFen,
        wording: String(policy[`documents.dunningWordingRound${Math.min(r.round, 3)}${en}`]),
        validDays: validDaysOf.get(r.id)!,
        validUntil: noticeValidUntil(r.noticeDate, validDaysOf.get(r.id)!),
      };
      return dunningNoticePage(d, head, lang);
    });
    const title = pick(lang, '催款通知书', 'payment-reminder');
    const first = billOf.get(sorted[0].billId)!;
    const name =
      sorted.length === 1
        ? fileNameOf(title, unitLabel(units.get(first.unitId), lang), first.period, String(sorted[0].round))
        : fileNameOf(title, property.name, 'period' in which ? which.period : first.period);
    return { pages, name };
  }

  /** printBatch: checks and records the job, renders in the background (bounded per company). */
  async startBatch(
    p: Principal,
    input: { kind: PrintBatchKind; propertyId: string; period: string; language: DocumentLanguage },
  ): Promise<PrintJob> {
    if (!isPeriod(input.period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const now = this.clock.now();
    const job = await this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, input.propertyId))) throw notFound('property');
      // Concurrent starts of one company take turns, so the bound below holds.
      await lockPrintJobs(em);
      const running = await em.find(PrintJob, { status: PrintJobStatus.RUNNING });
      const alive = running.filter((j) => now.getTime() - j.heartbeatAt.getTime() < STALE_MS);
      for (const j of running) if (!alive.includes(j)) Object.assign(j, stale(now));
      if (alive.length >= this.o.jobsPerTenant)
        throw rateLimited(
          `${this.o.jobsPerTenant} print batches are already running; wait for one to finish`,
          10,
          {
            running: alive.map((j) => j.id),
          },
        );
      return em.create(PrintJob, {
        kind: input.kind,
        propertyId: input.propertyId,
        period: input.period,
        language: input.language,
        status: PrintJobStatus.RUNNING,
        startedAt: now,
        heartbeatAt: now,
        startedBy: p.actor.id ?? null,
      });
    }, p);
    const ctx: TenantContext = { ...p };
    const work = runWithTenant(ctx, () => this.runBatch(ctx, job.id, input)).finally(() =>
      this.running.delete(work),
    );
    this.running.add(work);
    return job;
  }

  async job(p: Principal, id: string): Promise<PrintJob | null> {
    return this.db.tx(async (em) => {
      const job = await em.findOne(PrintJob, id);
      // The site filter does not know print jobs: their property is checked here.
      if (!job || !(await em.findOne(PropertyProjection, job.propertyId))) return null;
      if (
        job.status === PrintJobStatus.RUNNING &&
        this.clock.now().getTime() - job.heartbeatAt.getTime() >= STALE_MS
      )
        Object.assign(job, stale(this.clock.now()));
      return job;
    }, p);
  }

  /** The finished batch's link, while its file is kept (a new link each time it is asked for). */
  async documentOf(p: Principal, job: PrintJob, origin: string): Promise<DocumentLink | null> {
    if (job.status !== PrintJobStatus.DONE || !job.documentId) return null;
    const doc = await this.db.tx(
      (em) =>
        em.findOne(
          StoredDocument,
          { id: job.documentId!, expiresAt: { $gt: this.clock.now() } },
          { fields: ['id', 'fileName', 'contentType', 'byteSize', 'expiresAt'] },
        ),
      p,
    );
    return doc ? this.store.link(p.tenantId, doc, origin) : null;
  }

  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Never throws: the job row records FAILED with the reason. */
  private async runBatch(
    ctx: TenantContext,
    jobId: string,
    input: { kind: PrintBatchKind; propertyId: string; period: string; language: DocumentLanguage },
  ): Promise<void> {
    const update = (fields: Partial<PrintJob>) =>
      this.db.tx(async (em) => {
        const row = await em.findOneOrFail(PrintJob, jobId);
        Object.assign(row, { heartbeatAt: this.clock.now(), ...fields });
      }, ctx);
    try {
      const which = { propertyId: input.propertyId, period: input.period };
      const { pages, name } =
        input.kind === PrintBatchKind.PAYMENT_NOTICES
          ? await this.paymentNotices(ctx, which, input.language)
          : await this.dunningNotices(ctx, which, input.language);
      if (!pages.length) throw new BatchError('nothing to print for this property and period');
      if (pages.length > this.o.batchMax)
        throw new BatchError(`${pages.length} notices are more than one batch may hold (${this.o.batchMax})`);
      await update({ total: pages.length });
      let last = 0;
      const bytes = await this.store.render({
        kind: 'PRINT_BATCH',
        fileName: name,
        pages,
        meta: { title: name, author: pages[0].company },
        onProgress: async (done) => {
          if (Date.now() - last < PROGRESS_EVERY_MS) return;
          last = Date.now();
          await update({ done });
        },
      });
      const stored = await this.store.keep(ctx, {
        kind: 'PRINT_BATCH',
        fileName: name,
        contentType: 'application/pdf',
        bytes,
      });
      await update({
        status: PrintJobStatus.DONE,
        done: pages.length,
        documentId: stored.id,
        finishedAt: this.clock.now(),
      });
    } catch (e) {
      if (!(e instanceof BatchError)) this.log.error('print batch failed', { jobId, err: e as Error });
      const message = String((e as Error).message).slice(0, 500);
      await update({ status: PrintJobStatus.FAILED, error: message, finishedAt: this.clock.now() }).catch(
        (err) => this.log.error('could not mark the print job failed', { jobId, err }),
      );
    }
  }
}

class BatchError extends Error {}

const stale = (now: Date) => ({
  status: PrintJobStatus.FAILED,
  error: 'the process rendering this batch stopped; start it again',
  finishedAt: now,
});

async function unitsOf(em: EntityManager, ids: string[]): Promise<Map<string, UnitProjection>> {
  const units = await em.find(UnitProjection, { id: { $in: [...new Set(ids)] } });
  return new Map(units.map((u) => [u.id, u]));
}

function noticeData(
  b: Bill,
  property: PropertyProjection,
  units: Map<string, UnitProjection>,
  names: Map<string, string>,
  lines: BillLine[],
): PaymentNoticeData {
  return {
    billId: b.id,
    period: b.period,
    issuedOn: b.issuedOn,
    dueDate: b.dueDate,
    collectionOpensOn: b.collectionOpensOn,
    propertyName: property.name,
    unit: units.get(b.unitId),
    customerName: b.customerId ? names.get(b.customerId) : undefined,
    lines: lines.map((l) => ({
      kind: l.kind,
      label: l.label,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      amountFen: l.amountFen,
    })),
    totalFen: b.totalFen,
    paidFen: b.paidFen,
    lateFeeRate: b.lateFeeRate,
    rounding: b.rounding,
  };
}
