import { POLICY_DEFINITIONS } from '@pm/contracts';
import { RepairPriority, TicketKind, PatrolFindingKind, HelpCategory } from '../ticket/ticket.enums';
import { SlaPolicy, deadlinesOnCreate, onSiteDueAt, stateWhenReached } from './sla.rules';

const def = (k: string) => Number(POLICY_DEFINITIONS.find((d) => d.key === k)!.default);
// The catalog defaults, read from the catalog (not restated here).
const P: SlaPolicy = {
  orderFillMinutes: def('tickets.repairOrderFillMinutes'),
  engineeringNotifyMinutes: def('tickets.engineeringNotifyMinutes'),
  onSiteUrgentMinutes: def('tickets.onSiteUrgentMinutes'),
  onSiteExpressMinutes: def('tickets.onSiteExpressMinutes'),
  onSiteNormalByMinuteOfDay: def('tickets.onSiteNormalByMinuteOfDay'),
  appointmentLeadMinutes: def('tickets.appointmentLeadMinutes'),
  quoteMinutes: def('tickets.unlistedRepairQuoteMinutes'),
  publicAreaNotifyMinutes: def('tickets.publicAreaNotifyMinutes'),
  publicAreaOnSiteMinutes: def('tickets.publicAreaOnSiteMinutes'),
  helpEscalatedAnswerMinutes: def('tickets.helpEscalatedAnswerMinutes'),
  patrolFaultReportMinutes: def('tickets.patrolFaultReportMinutes'),
  patrolDoorReportMinutes: def('tickets.patrolDoorReportMinutes'),
  responseHours: def('kpi.responseHours'),
};
const TZ = 'Asia/Shanghai';
const at = new Date('2026-11-27T02:00:00Z'); // 10:00 in Shanghai
const min = (d: Date) => (d.getTime() - at.getTime()) / 60_000;
const base = { calledAt: at, createdAt: at, publicArea: false, listed: true, hasCustomer: true };
const byKind = (specs: { kind: string; dueAt: Date; rule: string }[]) =>
  Object.fromEntries(specs.map((s) => [s.kind, s]));

describe('SLA deadlines', () => {
  it('R-TKT-1: order filled within 2 min and engineering notified within 3 min of the call', () => {
    const d = byKind(
      deadlinesOnCreate({ ...base, kind: TicketKind.REPAIR, priority: RepairPriority.URGENT }, P, TZ),
    );
    expect(min(d.ORDER_FILLED.dueAt)).toBe(2);
    expect(min(d.ENGINEERING_NOTIFIED.dueAt)).toBe(3);
    expect(d.ORDER_FILLED.rule).toBe('R-TKT-1');
  });

  it('R-TKT-7: urgent 10 min, express 15 min, normal by the end of the local day', () => {
    expect(min(onSiteDueAt(RepairPriority.URGENT, at, undefined, P, TZ).dueAt)).toBe(10);
    expect(min(onSiteDueAt(RepairPriority.EXPRESS, at, undefined, P, TZ).dueAt)).toBe(15);
    // 10:00 Shanghai → 24:00 Shanghai = 16:00 UTC.
    expect(onSiteDueAt(RepairPriority.NORMAL, at, undefined, P, TZ).dueAt.toISOString()).toBe(
      '2026-11-27T16:00:00.000Z',
    );
    // Same instant in another zone: end of *that* day.
    expect(onSiteDueAt(RepairPriority.NORMAL, at, undefined, P, 'Europe/Berlin').dueAt.toISOString()).toBe(
      '2026-11-27T23:00:00.000Z',
    );
  });

  it('R-TKT-2: with an appointment the technician is on site 5 min before it', () => {
    const appt = new Date('2026-11-28T06:00:00Z');
    const d = onSiteDueAt(RepairPriority.NORMAL, at, appt, P, TZ);
    expect(d.dueAt.toISOString()).toBe('2026-11-28T05:55:00.000Z');
    expect(d.rule).toBe('R-TKT-2');
  });

  it('R-TKT-3: an unlisted item gets a 15-minute quote deadline and no on-site deadline until accepted', () => {
    const d = byKind(
      deadlinesOnCreate(
        { ...base, listed: false, kind: TicketKind.REPAIR, priority: RepairPriority.URGENT },
        P,
        TZ,
      ),
    );
    expect(min(d.QUOTE.dueAt)).toBe(15);
    expect(d.ON_SITE).toBeUndefined();
  });

  it('R-TKT-6: public area: notify within 10 min, on site within 15 min', () => {
    const d = byKind(
      deadlinesOnCreate(
        { ...base, publicArea: true, kind: TicketKind.REPAIR, priority: RepairPriority.NORMAL },
        P,
        TZ,
      ),
    );
    expect(min(d.PUBLIC_NOTIFY.dueAt)).toBe(10);
    expect(min(d.PUBLIC_ON_SITE.dueAt)).toBe(15);
    expect(d.ENGINEERING_NOTIFIED).toBeUndefined();
  });

  it('R-TKT-9: an escalated help request is answered within 10 min', () => {
    const d = byKind(
      deadlinesOnCreate(
        { ...base, kind: TicketKind.HELP, category: HelpCategory.ENQUIRY, escalated: true },
        P,
        TZ,
      ),
    );
    expect(min(d.HELP_ANSWER.dueAt)).toBe(10);
    const answered = byKind(deadlinesOnCreate({ ...base, kind: TicketKind.HELP, escalated: false }, P, TZ));
    expect(answered.HELP_ANSWER).toBeUndefined();
  });

  it('R-TKT-10: patrol fault reported within 2 h, door within 1 h, renovation violation only logged', () => {
    const fault = byKind(
      deadlinesOnCreate(
        { ...base, kind: TicketKind.PATROL_FINDING, category: PatrolFindingKind.FAULT },
        P,
        TZ,
      ),
    );
    const door = byKind(
      deadlinesOnCreate(
        { ...base, kind: TicketKind.PATROL_FINDING, category: PatrolFindingKind.DOOR },
        P,
        TZ,
      ),
    );
    const reno = deadlinesOnCreate(
      { ...base, kind: TicketKind.PATROL_FINDING, category: PatrolFindingKind.RENOVATION_VIOLATION },
      P,
      TZ,
    );
    expect(min(fault.PATROL_REPORT.dueAt)).toBe(120);
    expect(min(door.PATROL_REPORT.dueAt)).toBe(60);
    expect(reno).toEqual([]);
  });

  it('R-KPI-1: every customer request gets a first-response deadline 24 h after the call', () => {
    for (const kind of [TicketKind.REPAIR, TicketKind.COMPLAINT, TicketKind.HELP]) {
      const d = byKind(deadlinesOnCreate({ ...base, kind, priority: RepairPriority.NORMAL }, P, TZ));
      expect(min(d.FIRST_RESPONSE.dueAt)).toBe(24 * 60);
    }
  });

  it('a deadline reached on time is MET, a minute late BREACHED', () => {
    const due = new Date(at.getTime() + 10 * 60_000);
    expect(stateWhenReached(due, due)).toBe('MET');
    expect(stateWhenReached(due, new Date(due.getTime() + 60_000))).toBe('BREACHED');
  });

  it('a policy change applies: 5-minute engineering notice (第5篇)', () => {
    const d = byKind(
      deadlinesOnCreate(
        { ...base, kind: TicketKind.REPAIR, priority: RepairPriority.URGENT },
        { ...P, engineeringNotifyMinutes: 5 },
        TZ,
      ),
    );
    expect(min(d.ENGINEERING_NOTIFIED.dueAt)).toBe(5);
  });
});
