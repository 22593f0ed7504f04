import { SERVICES, domainSubjects } from './services';
import { validate } from './schema';
import { EventContract, EventEnvelope } from './event-contract';
import { TenancyEvents } from './events/tenancy';
import { CustomerEvents } from './events/customers';
import { TicketEvents } from './events/tickets';
import { BillingEvents } from './events/billing';
import { AppraisalEvents } from './events/appraisal';

export * from './event-contract';
export { TenancyEvents, CustomerEvents, TicketEvents, BillingEvents, AppraisalEvents };

/** Every event of the platform; one registry so publishers and consumers share one truth. */
export const Events = {
  ...TenancyEvents,
  ...CustomerEvents,
  ...TicketEvents,
  ...BillingEvents,
  ...AppraisalEvents,
} as const;

export type EventName = keyof typeof Events;

/** The JetStream streams, one per domain; dead letters have their own. */
/** One stream per publishing service (the manifest), plus the dead letters: stream name → subjects. */
export const Streams: Readonly<Record<string, string>> = {
  ...Object.fromEntries(SERVICES.map((s) => [s.name.toUpperCase(), domainSubjects(s.name)])),
  DLQ: 'pm.dlq.>',
};

export const deadLetterSubject = (consumer: string) => `pm.dlq.${consumer}`;

export function contractFor(type: string): EventContract | undefined {
  return Object.values(Events).find((c) => c.type === type);
}

export function validateEnvelope(env: unknown): string[] {
  if (typeof env !== 'object' || env === null) return ['envelope must be an object'];
  const e = env as EventEnvelope;
  const problems = validate(
    { id: 'uuid', type: 'string', version: 'int', tenantId: 'uuid', occurredAt: 'datetime', payload: 'json' },
    e,
  );
  if (problems.length) return problems;
  const contract = contractFor(e.type);
  if (!contract) return [`unknown event type ${e.type}`];
  if (contract.version !== e.version) return [`${e.type} version ${e.version} is not ${contract.version}`];
  return validate(contract.shape, e.payload).map((p) => `payload.${p}`);
}
