import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import { EventHandler } from '@pm/events';
import { ScoreItemCode, SheetKind } from '../scoring/codes';
import { sheetFor } from '../schedule/schedule';
import { SuggestionSource } from '../suggestion/suggestion.entity';

/**
 * R-APR-7: an operations fact becomes a SUGGESTED finding for the responsible person's next
 * check, never a deduction by itself. One per source event: the inbox drops redeliveries and
 * the unique (tenant_id, source_event_id) drops the same envelope arriving under another
 * message id.
 */
async function suggest(
  em: EntityManager,
  envelope: EventEnvelope,
  o: {
    staffId?: string;
    propertyId: string;
    ticketId: string;
    source: SuggestionSource;
    staffItem: ScoreItemCode;
    managerItem: ScoreItemCode;
    reason: string;
  },
): Promise<void> {
  if (!o.staffId) return; // nobody to attribute it to
  const rows: { roles: string[] }[] = await em.execute('select roles from staff_members where id = ?', [
    o.staffId,
  ]);
  const item = rows.length && sheetFor(rows[0].roles) === SheetKind.MANAGER ? o.managerItem : o.staffItem;
  await em.execute(
    `insert into suggestions (id, tenant_id, staff_id, property_id, item, source_type, source_event_id, ticket_id, reason)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, source_event_id) do nothing`,
    [uuidv7(), envelope.tenantId, o.staffId, o.propertyId, item, o.source, envelope.id, o.ticketId, o.reason],
  );
}

export const slaBreachedHandler: EventHandler<(typeof Events.ticketSlaBreached)['shape']> = {
  name: 'appraisal.sla-breach-evidence',
  contract: Events.ticketSlaBreached,
  handle: (em, p, envelope) =>
    suggest(em, envelope, {
      staffId: p.responsibleStaffId,
      propertyId: p.propertyId,
      ticketId: p.ticketId,
      source: SuggestionSource.SLA_BREACH,
      staffItem: ScoreItemCode.EFFICIENCY,
      managerItem: ScoreItemCode.RESULTS,
      reason: `SLA ${p.rule} of ticket ${p.ticketId} breached (due ${p.dueAt})`,
    }),
};

export const visitMissedHandler: EventHandler<(typeof Events.visitMissed)['shape']> = {
  name: 'appraisal.missed-visit-evidence',
  contract: Events.visitMissed,
  handle: (em, p, envelope) =>
    suggest(em, envelope, {
      staffId: p.responsibleStaffId,
      propertyId: p.propertyId,
      ticketId: p.ticketId,
      source: SuggestionSource.MISSED_VISIT,
      staffItem: ScoreItemCode.JOB_QUALITY,
      managerItem: ScoreItemCode.PROCEDURE_EXECUTION,
      reason: `follow-up visit of ticket ${p.ticketId} not done by ${p.dueAt}`,
    }),
};
