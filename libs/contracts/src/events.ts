import { Infer, Shape, opt, validate } from './schema';

/** The envelope every domain event travels in, on the wire and in the outbox. */
export interface EventEnvelope<P = unknown> {
  id: string;
  type: string;
  version: number;
  tenantId: string;
  occurredAt: string;
  actor: { kind: 'user' | 'system' | 'partner'; id?: string };
  trace?: { traceparent?: string; tracestate?: string };
  payload: P;
}

export interface EventContract<S extends Shape = Shape> {
  type: string;
  version: number;
  /** `pm.<domain>.<event>`; the domain names the JetStream stream. */
  subject: string;
  shape: S;
}

export type PayloadOf<C> = C extends EventContract<infer S> ? Infer<S> : never;

function define<S extends Shape>(domain: string, type: string, version: number, shape: S): EventContract<S> {
  return { type, version, subject: `pm.${domain}.${type}`, shape };
}

/** Every event of the platform; one registry so publishers and consumers share one truth. */
export const Events = {
  tenantCreated: define('tenancy', 'tenant.created', 1, {
    tenantId: 'uuid',
    slug: 'string',
    name: 'string',
    realm: 'string',
    cell: 'string',
  }),
  propertyCreated: define('tenancy', 'property.created', 1, {
    propertyId: 'uuid',
    name: 'string',
    kind: 'string',
    timeZone: 'string',
    address: opt('string'),
  }),
  unitCreated: define('tenancy', 'unit.created', 1, {
    unitId: 'uuid',
    propertyId: 'uuid',
    building: 'string',
    number: 'string',
    areaSqm: 'number',
    kind: 'string',
  }),
  staffJoined: define('tenancy', 'staff.joined', 1, {
    staffId: 'uuid',
    name: 'string',
    email: 'string',
    roles: 'string[]',
    propertyIds: 'uuid[]',
    managerId: opt('uuid'),
  }),
  policyChanged: define('tenancy', 'policy.changed', 1, {
    key: 'string',
    value: 'json',
    propertyId: opt('uuid'),
    effectiveFrom: 'date',
  }),
} as const;

export type EventName = keyof typeof Events;

/** The JetStream streams, one per domain; dead letters have their own. */
export const Streams = {
  TENANCY: 'pm.tenancy.>',
  CUSTOMERS: 'pm.customers.>',
  TICKETS: 'pm.tickets.>',
  BILLING: 'pm.billing.>',
  APPRAISAL: 'pm.appraisal.>',
  DLQ: 'pm.dlq.>',
} as const;

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
