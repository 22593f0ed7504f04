import { randomUUID } from 'crypto';
import { NatsConnection, connect, headers as natsHeaders } from 'nats';
import { EventContract, EventEnvelope, Infer, Shape, validate } from '@pm/contracts';
import { testNats } from './env';

let shared: Promise<NatsConnection> | undefined;

/**
 * Publishes an event of another service, as that service's relay would (contract-valid
 * envelope, `Nats-Msg-Id` = event id, `Pm-Tenant-Id` header), on the operator's connection: a
 * service's own outbox may only carry its own domain's events (its NATS user may publish
 * nothing else), so a test that stands in for billing or tickets publishes here.
 */
export async function publishForeignEvent<S extends Shape>(
  contract: EventContract<S>,
  tenantId: string,
  payload: Infer<S>,
): Promise<EventEnvelope<Infer<S>>> {
  const problems = validate(contract.shape, payload);
  if (problems.length) throw new Error(`${contract.type}: ${problems.join('; ')}`);
  shared ??= connect({ ...testNats(), name: 'test-foreign-events' });
  const nc = await shared;
  const envelope: EventEnvelope<Infer<S>> = {
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { kind: 'system' },
    payload,
  };
  const h = natsHeaders();
  h.set('Pm-Tenant-Id', tenantId);
  h.set('Pm-Event-Type', contract.type);
  await nc
    .jetstream()
    .publish(contract.subject, JSON.stringify(envelope), { msgID: envelope.id, headers: h });
  return envelope;
}

/** Closes the connection publishForeignEvent opened (afterAll). */
export async function closeForeignEvents(): Promise<void> {
  const p = shared;
  shared = undefined;
  if (p) await (await p).close();
}
