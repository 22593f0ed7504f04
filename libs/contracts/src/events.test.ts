import { randomUUID } from 'crypto';
import {
  AppraisalEvents,
  BillingEvents,
  CustomerEvents,
  Events,
  TenancyEvents,
  TicketEvents,
  validateEnvelope,
} from './index';

const envelope = (payload: unknown, over: object = {}) => ({
  id: randomUUID(),
  type: Events.unitCreated.type,
  version: 1,
  tenantId: randomUUID(),
  occurredAt: new Date().toISOString(),
  actor: { kind: 'system' },
  payload,
  ...over,
});

describe('event contracts', () => {
  const unit = {
    unitId: randomUUID(),
    propertyId: randomUUID(),
    building: 'A',
    number: '101',
    areaSqm: 88.5,
    kind: 'FLAT',
  };

  it('accepts a well-formed event', () => {
    expect(validateEnvelope(envelope(unit))).toEqual([]);
  });

  it('names every bad payload field', () => {
    expect(validateEnvelope(envelope({ ...unit, unitId: 'x', areaSqm: 'big' }))).toEqual([
      'payload.unitId must be uuid',
      'payload.areaSqm must be number',
    ]);
  });

  it('rejects unknown types and versions', () => {
    expect(validateEnvelope(envelope(unit, { type: 'nope' }))).toEqual(['unknown event type nope']);
    expect(validateEnvelope(envelope(unit, { version: 2 }))).toEqual(['unit.created version 2 is not 1']);
  });

  it('subjects name their domain stream', () => {
    for (const [domain, group] of Object.entries({
      tenancy: TenancyEvents,
      customers: CustomerEvents,
      tickets: TicketEvents,
      billing: BillingEvents,
      appraisal: AppraisalEvents,
    }))
      for (const c of Object.values(group)) expect(c.subject).toBe(`pm.${domain}.${c.type}`);
  });
});

describe('event registry', () => {
  it('has one contract per type and subject', () => {
    const all = Object.values(Events);
    expect(new Set(all.map((c) => c.type)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.subject)).size).toBe(all.length);
  });
});
