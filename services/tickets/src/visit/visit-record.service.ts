import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import {
  CustomerNames,
  DocumentLanguage,
  DocumentLink,
  DocumentStore,
  fileNameOf,
  letterhead,
  pick,
} from '@pm/documents';
import { notFound } from '@pm/graphql';
import { Clock, dateIn } from '@pm/time';
import { PropertyProjection, StaffProjection, UnitProjection } from '../projection/projection.entities';
import { Ticket } from '../ticket/ticket.entity';
import { Visit, VisitTask } from './visit.entity';
import { visitRecordPage } from './visit.pages';

/** "2026-11-20 14:05" in the property's zone. */
const localTime = (at: Date, zone: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

/** R-DOC-5: the follow-up visit as recorded, printed; the customer's name comes from customers. */
export class VisitRecordService {
  constructor(
    private db: Database,
    private clock: Clock,
    private store: DocumentStore,
    private customers: CustomerNames,
  ) {}

  async get(p: Principal, id: string): Promise<Visit | null> {
    return this.db.tx((em) => em.findOne(Visit, id), p);
  }

  async record(p: Principal, visitId: string, lang: DocumentLanguage, origin: string): Promise<DocumentLink> {
    const data = await this.db.tx(async (em) => {
      const v = await em.findOne(Visit, visitId);
      if (!v) return null;
      const ticket = await em.findOneOrFail(Ticket, v.ticketId);
      const task = await em.findOne(VisitTask, v.taskId);
      const property = await em.findOneOrFail(PropertyProjection, v.propertyId);
      const unit = ticket.unitId ? await em.findOne(UnitProjection, ticket.unitId) : null;
      const staff = v.staffId
        ? await em.findOne(StaffProjection, v.staffId)
        : v.actorId
          ? await em.findOne(StaffProjection, { userId: v.actorId })
          : null;
      const today = dateIn(this.clock.now(), property.timeZone);
      return { v, ticket, task, property, unit, staff, head: await letterhead(em, property, today, lang) };
    }, p);
    if (!data) throw notFound('visit');
    const { v, ticket, task, property, unit, staff, head } = data;
    const names = await this.customers.names(p.tenantId, ticket.customerId ? [ticket.customerId] : []);
    const zone = property.timeZone;
    const closed = ticket.closedAt ?? ticket.completedAt;
    const page = visitRecordPage(
      {
        visitId: v.id,
        propertyName: property.name,
        unit: unit?.building || unit?.number ? unit : undefined,
        customerName: ticket.customerId ? names.get(ticket.customerId) : undefined,
        ticketKind: ticket.kind,
        ticketDescription: ticket.description,
        reportedAt: localTime(ticket.createdAt, zone),
        closedAt: closed ? localTime(closed, zone) : undefined,
        visitedAt: localTime(v.recordedAt, zone),
        visitedOn: dateIn(v.recordedAt, zone),
        method: v.method,
        satisfaction: v.satisfaction,
        customerSigned: v.customerSigned,
        note: v.note,
        newIssue: v.newIssue,
        visitorName: staff?.name,
        responsibleRole: task?.responsibleRole ?? '',
      },
      head,
      lang,
    );
    return this.store.create(
      p,
      {
        kind: 'VISIT_RECORD',
        fileName: fileNameOf(
          pick(lang, '回访记录', 'visit-record'),
          dateIn(v.recordedAt, zone),
          v.id.slice(-6),
        ),
        pages: [page],
        meta: { title: page.title, author: page.company },
      },
      origin,
    );
  }
}
