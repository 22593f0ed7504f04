import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import { EventHandler } from '@pm/events';
import { ScoreItemCode, SheetKind } from '../scoring/codes';
import { sheetFor } from '../schedule/schedule';
import { StaffMember } from '../staff/staff-member.entity';
import { Suggestion, SuggestionSource } from '../suggestion/suggestion.entity';

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
  const staff = await em.findOne(StaffMember, o.staffId);
  const item = staff && sheetFor(staff.roles) === SheetKind.MANAGER ? o.managerItem : o.staffItem;
  await em.upsert(
    Suggestion,
    {
      id: uuidv7(),
      staffId: o.staffId,
      propertyId: o.propertyId,
      item,
      sourceType: o.source,
      sourceEventId: envelope.id,
      ticketId: o.ticketId,
      reason: o.reason,
    },
    { onConflictFields: ['tenantId', 'sourceEventId'], onConflictAction: 'ignore' },
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
