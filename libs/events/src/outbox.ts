import { EntityManager } from '@mikro-orm/postgresql';
import { context, propagation } from '@opentelemetry/api';
import { EventContract, EventEnvelope, Infer, Shape, validate } from '@pm/contracts';
import { executeBound, uuidv7 } from '@pm/db';
import { requireTenant } from '@pm/tenant-context';

export class InvalidEventError extends Error {}

function envelopeOf<S extends Shape>(contract: EventContract<S>, payload: Infer<S>): EventEnvelope<Infer<S>> {
  const problems = validate(contract.shape, payload);
  if (problems.length) throw new InvalidEventError(`${contract.type}: ${problems.join('; ')}`);
  const ctx = requireTenant();
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return {
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
}

/** Rows per statement of publishManyInTx: 4 parameters each, far below PostgreSQL's 65,535. */
const MANY_CHUNK = 500;

/**
 * Writes the event in the caller's transaction (the one that changes state), so the event
 * exists if and only if the change does. The relay publishes it afterwards.
 */
export async function publishInTx<S extends Shape>(
  em: EntityManager,
  contract: EventContract<S>,
  payload: Infer<S>,
): Promise<EventEnvelope<Infer<S>>> {
  return (await publishManyInTx(em, contract, [payload]))[0];
}

/**
 * Several events of one contract, as publishInTx, in one statement per 500: bulk paths (a
 * customer import) would otherwise pay a round trip per event.
 */
export async function publishManyInTx<S extends Shape>(
  em: EntityManager,
  contract: EventContract<S>,
  payloads: Infer<S>[],
): Promise<EventEnvelope<Infer<S>>[]> {
  const envelopes = payloads.map((p) => envelopeOf(contract, p));
  for (let i = 0; i < envelopes.length; i += MANY_CHUNK) {
    const chunk = envelopes.slice(i, i + MANY_CHUNK);
    await executeBound(
      em,
      `insert into outbox (id, tenant_id, subject, envelope) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((e) => [e.id, e.tenantId, contract.subject, JSON.stringify(e)]),
    );
  }
  return envelopes;
}
