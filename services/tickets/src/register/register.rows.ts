import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, DateRange, keysetRows } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { ColumnSpec, RegisterRow } from '@pm/spreadsheets';
import { instantsWithin, isCalendarDate } from '@pm/time';
import { PropertyProjection, StaffProjection } from '../projection/projection.entities';
import { Ticket } from '../ticket/ticket.entity';
import { RepairPriority, Severity, TicketKind, TicketStatus, VisitMethod } from '../ticket/ticket.enums';
import { Visit } from '../visit/visit.entity';

/**
 * Row sources of this service's registers (issue 14): async generators of rows keyed by the
 * columns below, a page at a time (libs/db keysetRows), tenant- and site-scoped like any request.
 */

const KIND: Record<TicketKind, string> = {
  [TicketKind.REPAIR]: '报修',
  [TicketKind.COMPLAINT]: '投诉',
  [TicketKind.HELP]: '求助',
  [TicketKind.PATROL_FINDING]: '巡查发现',
};
const STATUS: Record<TicketStatus, string> = {
  [TicketStatus.OPEN]: '待派单',
  [TicketStatus.DISPATCHED]: '已派单',
  [TicketStatus.ON_SITE]: '处理中',
  [TicketStatus.COMPLETED]: '已完成',
  [TicketStatus.REFUSED]: '已拒绝',
  [TicketStatus.MERGED]: '已合并',
};
const PRIORITY: Record<RepairPriority, string> = {
  [RepairPriority.URGENT]: '紧急',
  [RepairPriority.EXPRESS]: '加急',
  [RepairPriority.NORMAL]: '一般',
};
const SEVERITY: Record<Severity, string> = {
  [Severity.GENERAL]: '一般',
  [Severity.IMPORTANT]: '重要',
  [Severity.MAJOR]: '重大',
};
const METHOD: Record<VisitMethod, string> = {
  [VisitMethod.PHONE]: '电话',
  [VisitMethod.ON_SITE]: '上门',
};
const label = <K extends string>(m: Record<K, string>, k: K | null | undefined) => (k ? (m[k] ?? k) : null);

export const TICKET_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'id', zh: '工单编号', en: 'Ticket', kind: 'text', width: 38 },
  { key: 'kind', zh: '类型', en: 'Kind', kind: 'text' },
  { key: 'status', zh: '状态', en: 'Status', kind: 'text' },
  { key: 'priority', zh: '优先级', en: 'Priority', kind: 'text' },
  { key: 'severity', zh: '严重程度', en: 'Severity', kind: 'text' },
  { key: 'description', zh: '内容', en: 'Description', kind: 'text', width: 40 },
  { key: 'assignee', zh: '处理人', en: 'Assignee', kind: 'text' },
  { key: 'calledAt', zh: '受理时间', en: 'Called at', kind: 'datetime' },
  { key: 'arrivedAt', zh: '到场时间', en: 'Arrived at', kind: 'datetime' },
  { key: 'completedAt', zh: '完成时间', en: 'Completed at', kind: 'datetime' },
  { key: 'closedAt', zh: '关闭时间', en: 'Closed at', kind: 'datetime' },
  { key: 'chargesFen', zh: '收费金额', en: 'Charges', kind: 'money-fen' },
];
export const VISIT_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'ticketId', zh: '工单编号', en: 'Ticket', kind: 'text', width: 38 },
  { key: 'method', zh: '回访方式', en: 'Method', kind: 'text' },
  { key: 'satisfaction', zh: '满意度', en: 'Satisfaction', kind: 'int' },
  { key: 'customerSigned', zh: '客户签字', en: 'Signed', kind: 'text' },
  { key: 'note', zh: '回访记录', en: 'Note', kind: 'text', width: 40 },
  { key: 'newIssue', zh: '新问题', en: 'New issue', kind: 'text', width: 30 },
  { key: 'staff', zh: '回访人', en: 'Visited by', kind: 'text' },
  { key: 'recordedAt', zh: '回访时间', en: 'Recorded at', kind: 'datetime' },
];

async function openRegister(db: Database, p: Principal, propertyId: string, range: DateRange) {
  if (!isUuid(propertyId)) throw notFound('property');
  assertPropertyVisible(p, propertyId);
  for (const [field, v] of Object.entries(range))
    if (v != null && !isCalendarDate(v))
      throw validationFailed('invalid range', [{ field, message: 'YYYY-MM-DD' }]);
  const property = await db.tx((em) => em.findOne(PropertyProjection, propertyId), p);
  if (!property) throw notFound('property');
  return property.timeZone;
}

async function staffNames(em: EntityManager, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = wanted.length
    ? await em.find(
        StaffProjection,
        { id: { $in: wanted } },
        { fields: ['id', 'name'], disableIdentityMap: true },
      )
    : [];
  return new Map(rows.map((s) => [s.id, s.name]));
}

/** Tickets (repairs, complaints, help requests, patrol findings) of a property called in the range. */
export async function* ticketRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  const called = instantsWithin(range, await openRegister(db, p, propertyId, range));
  yield* keysetRows(
    db,
    p,
    Ticket,
    { propertyId, ...(called ? { calledAt: called } : {}) },
    async (em, page) => {
      const names = await staffNames(
        em,
        page.map((t) => t.assigneeId),
      );
      return page.map((t) => ({
        id: t.id,
        kind: label(KIND, t.kind),
        status: label(STATUS, t.status),
        priority: label(PRIORITY, t.priority),
        severity: label(SEVERITY, t.severity as Severity),
        description: t.description,
        assignee: t.assigneeId ? (names.get(t.assigneeId) ?? null) : null,
        calledAt: t.calledAt,
        arrivedAt: t.arrivedAt ?? null,
        completedAt: t.completedAt ?? null,
        closedAt: t.closedAt ?? null,
        chargesFen: t.chargesFen,
      }));
    },
  );
}

/** Follow-up visits (回访) of a property recorded in the range. */
export async function* visitRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  const recorded = instantsWithin(range, await openRegister(db, p, propertyId, range));
  yield* keysetRows(
    db,
    p,
    Visit,
    { propertyId, ...(recorded ? { recordedAt: recorded } : {}) },
    async (em, page) => {
      const names = await staffNames(
        em,
        page.map((v) => v.staffId),
      );
      return page.map((v) => ({
        ticketId: v.ticketId,
        method: label(METHOD, v.method),
        satisfaction: v.satisfaction,
        customerSigned: v.customerSigned ? '是' : '否',
        note: v.note ?? null,
        newIssue: v.newIssue ?? null,
        staff: v.staffId ? (names.get(v.staffId) ?? null) : null,
        recordedAt: v.recordedAt,
      }));
    },
  );
}
