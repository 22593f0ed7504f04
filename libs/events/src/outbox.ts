import { EntityManager } from '@mikro-orm/postgresql';
import { context, propagation } from '@opentelemetry/api';
import { EventContract, EventEnvelope, Infer, Shape, validate } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import { requireTenant } from '@pm/tenant-context';

export class InvalidEventError extends Error {}

/**
 * Writes the event in the caller's transaction (the one that changes state), so the event
 * exists if and only if the change does. The relay publishes it afterwards.
 */
export async function publishInTx<S extends Shape>(
  em: EntityManager,
  contract: EventContract<S>,
  payload: Infer<S>,
): Promise<EventEnvelope<Infer<S>>> {
  const problems = validate(contract.shape, payload);
  if (problems.length) throw new InvalidEventError(`${contract.type}: ${problems.join('; ')}`);
  const ctx = requireTenant();
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const envelope: EventEnvelope<Infer<S>> = {
    id: uuidv7(),
    type: contract.type,
    version: contract.version,
    tenantId: ctx.tenantId,
    occurredAt: new Date().toISOString(),
    actor: ctx.actor,
    trace: carrier.traceparent
      ? { traceparent: carrier.traceparent, tracestate: carrier.tracestate }
      : undefined,
    payload,
  };
  await em.execute('insert into outbox (id, tenant_id, subject, envelope) values (?, ?, ?, ?)', [
    envelope.id,
    envelope.tenantId,
    contract.subject,
    JSON.stringify(envelope),
  ]);
  return envelope;
}
