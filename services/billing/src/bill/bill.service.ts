import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { PageArgs, decodePage, notFound, toConnection, validationFailed } from '@pm/graphql';
import { TenantContext } from '@pm/tenant-context';
import { addDays, Clock, dateIn, isCalendarDate, isPeriod } from '@pm/time';
import { one, pgArray, q } from '@pm/db';
import { LateFee, Rounding, lateFee } from '../common/money';
import { billingPolicy } from '../common/policies';

export type BillStatus = 'ISSUED' | 'PARTIALLY_PAID' | 'PAID';

export interface BillRow {
  id: string;
  propertyId: string;
  unitId: string;
  customerId: string | null;
  period: string;
  status: BillStatus;
  issuedOn: string;
  dueDate: string;
  totalFen: number;
  paidFen: number;
  lateFeeRate: string;
  rounding: Rounding;
  timeZone: string;
  enforcementSince: string | null;
  runId: string | null;
}

export const BILL_COLUMNS = `b.id, b.property_id, b.unit_id, b.customer_id, b.period, b.status, b.issued_on::text as issued_on,
  b.due_date::text as due_date, b.total_fen, b.paid_fen, b.late_fee_rate, b.rounding, b.time_zone,
  b.enforcement_since::text as enforcement_since, b.run_id`;

export const billRow = (r: any): BillRow => ({
  id: r.id,
  propertyId: r.property_id,
  unitId: r.unit_id,
  customerId: r.customer_id,
  period: r.period,
  status: r.status,
  issuedOn: r.issued_on,
  dueDate: r.due_date,
  totalFen: Number(r.total_fen),
  paidFen: Number(r.paid_fen),
  lateFeeRate: r.late_fee_rate,
  rounding: r.rounding,
  timeZone: r.time_zone,
  enforcementSince: r.enforcement_since,
  runId: r.run_id,
});

export interface BillFilter {
  propertyId?: string | null;
  customerId?: string | null;
  unitId?: string | null;
  period?: string | null;
  status?: BillStatus | null;
}

const scopeSql = (p: TenantContext): [string, unknown[]] =>
  p.propertyScope === 'ALL' ? ['', []] : [' and b.property_id = any(?::uuid[])', [pgArray(p.propertyScope)]];

/** Credits on a bill with their property-local dates (for the piecewise late fee). */
export async function creditsOf(
  em: EntityManager,
  billIds: string[],
): Promise<Map<string, { date: string; amountFen: number }[]>> {
  const out = new Map<string, { date: string; amountFen: number }[]>();
  if (!billIds.length) return out;
  const rows = await q(
    em,
    `select bill_id, paid_on::text as paid_on, amount_fen from payment_allocations
     where bill_id = any(?::uuid[]) and not reversed order by paid_on`,
    [pgArray(billIds)],
  );
  for (const r of rows) {
    const l = out.get(r.bill_id) ?? [];
    l.push({ date: r.paid_on, amountFen: Number(r.amount_fen) });
    out.set(r.bill_id, l);
  }
  return out;
}

export async function deferralsOf(em: EntityManager, billIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!billIds.length) return out;
  const rows = await q(
    em,
    `select bill_id, max(until)::text as until from bill_deferrals where bill_id = any(?::uuid[]) group by bill_id`,
    [pgArray(billIds)],
  );
  for (const r of rows) out.set(r.bill_id, r.until);
  return out;
}

export function billLateFee(
  bill: BillRow,
  credits: { date: string; amountFen: number }[],
  deferredUntil: string | null,
  asOf: string,
): LateFee {
  return lateFee({
    totalFen: bill.totalFen,
    dueDate: bill.dueDate,
    asOf,
    payments: credits,
    ratePerDay: bill.lateFeeRate,
    rounding: bill.rounding,
    deferredUntil,
  });
}

export class BillService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  today(bill: { timeZone: string }): string {
    return dateIn(this.clock.now(), bill.timeZone);
  }

  async list(p: Principal, filter: BillFilter, page: PageArgs) {
    const { limit, afterId } = decodePage(page);
    if (filter.period && !isPeriod(filter.period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      where.push(sql);
      params.push(v);
    };
    if (filter.propertyId) add('b.property_id = ?', filter.propertyId);
    if (filter.customerId) add('b.customer_id = ?', filter.customerId);
    if (filter.unitId) add('b.unit_id = ?', filter.unitId);
    if (filter.period) add('b.period = ?', filter.period);
    if (filter.status) add('b.status = ?', filter.status);
    const [scope, scopeParams] = scopeSql(p);
    const base = `from bills b where true${where.map((w) => ` and ${w}`).join('')}${scope}`;
    return this.db.tx(async (em) => {
      const total = await one(em, `select count(*)::int as n ${base}`, [...params, ...scopeParams]);
      const rows = await q(
        em,
        `select ${BILL_COLUMNS} ${base}${afterId ? ' and b.id > ?' : ''} order by b.id limit ?`,
        [...params, ...scopeParams, ...(afterId ? [afterId] : []), limit + 1],
      );
      return toConnection(rows.map(billRow), limit, total.n);
    }, p);
  }

  static async byIds(em: EntityManager, p: TenantContext, ids: readonly string[]): Promise<BillRow[]> {
    if (!ids.length) return [];
    const [scope, scopeParams] = scopeSql(p);
    const rows = await q(em, `select ${BILL_COLUMNS} from bills b where b.id = any(?::uuid[])${scope}`, [
      pgArray([...ids]),
      ...scopeParams,
    ]);
    return rows.map(billRow);
  }

  async get(p: Principal, id: string): Promise<BillRow | null> {
    return this.db.tx(async (em) => (await BillService.byIds(em, p, [id]))[0] ?? null, p);
  }

  async lines(p: Principal, billIds: readonly string[]) {
    return this.db.tx(
      (em) =>
        q(
          em,
          `select bill_id, kind, description, quantity::float8 as quantity, unit_price_fen, amount_fen, ticket_id
           from bill_lines where bill_id = any(?::uuid[]) order by id`,
          [pgArray([...billIds])],
        ),
      p,
    );
  }

  async lateFee(p: Principal, bill: BillRow, asOf?: string | null): Promise<LateFee> {
    const day = asOf ?? this.today(bill);
    if (!isCalendarDate(day))
      throw validationFailed('asOf must be a date', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const credits = (await creditsOf(em, [bill.id])).get(bill.id) ?? [];
      const deferred = (await deferralsOf(em, [bill.id])).get(bill.id) ?? null;
      return billLateFee(bill, credits, deferred, day);
    }, p);
  }

  /** R-BIL-5: accepted up to `disputeCutoffDaysBeforeDue` days before the due date. */
  async raiseDispute(p: Principal, billId: string, reason: string) {
    if (!reason?.trim())
      throw validationFailed('a reason is required', [{ field: 'reason', message: 'required' }]);
    return this.db.tx(async (em) => {
      const bill = (await BillService.byIds(em, p, [billId]))[0];
      if (!bill) throw notFound('bill');
      const pol = await billingPolicy(em, bill.propertyId, bill.issuedOn);
      const today = dateIn(this.clock.now(), bill.timeZone);
      const lastDay = addDays(bill.dueDate, -pol.disputeCutoffDays);
      if (today > lastDay)
        throw validationFailed(
          `disputes are accepted until ${lastDay} (${pol.disputeCutoffDays} days before the due date)`,
          [{ field: 'billId', message: 'dispute period over' }],
        );
      const id = uuidv7();
      await q(
        em,
        `insert into bill_disputes (id, tenant_id, bill_id, reason, raised_by) values (?, app_current_tenant(), ?, ?, ?)`,
        [id, billId, reason.trim(), p.actor.id ?? null],
      );
      await audit(em, 'bill', billId, 'DISPUTE_RAISED', p, { reason });
      return { id, billId, reason: reason.trim(), raisedAt: this.clock.now() };
    }, p);
  }

  /** A deferral stops the late fee up to and including `until` (R-BIL-5). */
  async grantDeferral(p: Principal, billId: string, until: string, reason: string) {
    if (!isCalendarDate(until))
      throw validationFailed('until must be a date', [{ field: 'until', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const bill = (await BillService.byIds(em, p, [billId]))[0];
      if (!bill) throw notFound('bill');
      if (until <= bill.dueDate)
        throw validationFailed('a deferral must end after the due date', [
          { field: 'until', message: 'after due date' },
        ]);
      await q(
        em,
        `insert into bill_deferrals (id, tenant_id, bill_id, until, reason, granted_by) values (?, app_current_tenant(), ?, ?, ?, ?)`,
        [uuidv7(), billId, until, reason ?? '', p.actor.id ?? null],
      );
      await audit(em, 'bill', billId, 'DEFERRAL_GRANTED', p, { until, reason });
      return bill;
    }, p);
  }

  async disputes(p: Principal, billId: string) {
    return this.db.tx(
      (em) =>
        q(
          em,
          `select id, bill_id, reason, raised_at from bill_disputes where bill_id = ? order by raised_at`,
          [billId],
        ),
      p,
    );
  }
}

export async function audit(
  em: EntityManager,
  entity: string,
  entityId: string,
  action: string,
  p: TenantContext,
  details: Record<string, unknown> = {},
) {
  await q(
    em,
    `insert into audit_log (tenant_id, entity, entity_id, action, actor_id, details) values (app_current_tenant(), ?, ?, ?, ?, ?)`,
    [entity, entityId, action, p.actor.id ?? null, JSON.stringify(details)],
  );
}
