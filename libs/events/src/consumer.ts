import {
  AckPolicy,
  ConsumerMessages,
  DeliverPolicy,
  JsMsg,
  NatsConnection,
  headers as natsHeaders,
  nanos,
} from 'nats';
import { EntityManager } from '@mikro-orm/postgresql';
import { ROOT_CONTEXT, SpanKind, context, propagation, trace } from '@opentelemetry/api';
import {
  EventContract,
  EventEnvelope,
  Infer,
  Shape,
  deadLetterSubject,
  validate,
  validateEnvelope,
} from '@pm/contracts';
import { Database } from '@pm/db';
import { Logger, PlatformMetrics } from '@pm/observability';
import { TenantContext, runWithTenant } from '@pm/tenant-context';
import { domainOf, streamOf } from './nats';
import { FailureKind, backoffMs, classifyError } from './failure';

export interface EventHandler<S extends Shape = Shape> {
  /** Durable consumer name: `<service>.<what it does>`; also the inbox key. */
  name: string;
  contract: EventContract<S>;
  handle(em: EntityManager, payload: Infer<S>, envelope: EventEnvelope<Infer<S>>): Promise<void>;
}

export interface ConsumerOptions {
  nc: NatsConnection;
  db: Database;
  log: Logger;
  /**
   * Attempts before a message whose handler keeps rejecting it (a domain error) goes to the
   * dead-letter subject. Infrastructure errors (classifyError) never count towards it: they are
   * retried with capped exponential back-off for as long as it takes.
   */
  maxAttempts?: number;
  /** Back-off of retries: base·2^attempt, capped (defaults 1 s and 60 s). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  ackWaitMs?: number;
  /** Called after the effect committed and before the ack (operators' metrics; crash tests). */
  afterCommit?: (envelope: EventEnvelope) => void | Promise<void>;
  /** Results, redeliveries, failures by kind and commit→effect times are counted here. */
  metrics?: PlatformMetrics;
}

const tracer = trace.getTracer('pm-events');

/**
 * A durable JetStream consumer whose effect and inbox row commit in one transaction: a
 * redelivered event finds its inbox row and is acknowledged without repeating the effect.
 */
export class EventConsumer {
  private messages?: ConsumerMessages;
  private done?: Promise<void>;
  applied = 0;
  skipped = 0;
  /** Attempts that failed, by kind (operators' metrics; tests). */
  failures: Record<FailureKind, number> = { infrastructure: 0, domain: 0 };
  deadLettered = 0;

  constructor(
    private handler: EventHandler<any>,
    private o: ConsumerOptions,
  ) {}

  durableName(): string {
    return this.handler.name.replace(/[^A-Za-z0-9_-]/g, '_');
  }

  get name(): string {
    return this.handler.name;
  }

  /** Messages not yet acknowledged (undelivered + awaiting ack): the consumer lag. */
  async pending(): Promise<number> {
    const jsm = await this.o.nc.jetstreamManager();
    const info = await jsm.consumers.info(streamOf(this.handler.contract.subject), this.durableName());
    return info.num_pending + info.num_ack_pending;
  }

  private count(result: 'applied' | 'skipped' | 'dead_lettered'): void {
    this.o.metrics?.add('pm_consumer_events_total', 1, { consumer: this.handler.name, result });
  }

  private countError(kind: FailureKind | 'contract'): void {
    this.o.metrics?.add('pm_consumer_errors_total', 1, { consumer: this.handler.name, kind });
  }

  async start(): Promise<void> {
    const stream = streamOf(this.handler.contract.subject);
    const jsm = await this.o.nc.jetstreamManager();
    const durable = this.durableName();
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      // A new consumer catches up on the stream's history: projections need every unit and
      // staff member created before the service was deployed.
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.handler.contract.subject,
      ack_wait: nanos(this.o.ackWaitMs ?? 30_000),
      max_deliver: -1,
    });
    const consumer = await this.o.nc.jetstream().consumers.get(stream, durable);
    // Small batches: a stuck handler holds few messages back from the other replicas.
    this.messages = await consumer.consume({ max_messages: 16 });
    this.done = (async () => {
      for await (const m of this.messages!) {
        try {
          await this.process(m);
        } catch (e) {
          // e.g. the dead-letter publish failed: leave the message for a later attempt.
          this.o.log.error('event could not be processed or dead-lettered', {
            consumer: this.handler.name,
            err: e as Error,
          });
          m.nak(5_000);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.messages?.stop();
    await this.done;
  }

  /**
   * Nothing on the wire is trusted: the envelope and its payload are validated against this
   * handler's own contract, and the subject it arrived on must be the contract's — an event of
   * the tickets domain is only accepted from `pm.tickets.*`, which only the tickets user may
   * publish. A failure is a contract failure: dead-lettered at once, with the reason.
   */
  contractProblems(subject: string, envelope: EventEnvelope, headerTenant?: string): string[] {
    const contract = this.handler.contract;
    const problems = validateEnvelope(envelope);
    if (problems.length) return problems;
    if (domainOf(subject) !== domainOf(contract.subject))
      return [
        `${envelope.type} arrived on ${subject}, not on its publisher's domain ${domainOf(contract.subject)}`,
      ];
    if (subject !== contract.subject || envelope.type !== contract.type)
      return [`${envelope.type} on ${subject} is not ${contract.type} (${contract.subject})`];
    if (envelope.version !== contract.version)
      return [`${envelope.type} version ${envelope.version} is not ${contract.version}`];
    if (headerTenant && headerTenant !== envelope.tenantId)
      return [`Pm-Tenant-Id header ${headerTenant} is not the envelope's tenant ${envelope.tenantId}`];
    return validate(contract.shape, envelope.payload).map((p) => `payload.${p}`);
  }

  private async process(m: JsMsg): Promise<void> {
    if (m.redelivered)
      this.o.metrics?.add('pm_consumer_redeliveries_total', 1, { consumer: this.handler.name });
    let envelope: EventEnvelope;
    try {
      envelope = m.json<EventEnvelope>();
    } catch {
      this.countError('contract');
      return this.deadLetter(m, undefined, 'contract: not JSON');
    }
    const problems = this.contractProblems(m.subject, envelope, m.headers?.get('Pm-Tenant-Id') || undefined);
    if (problems.length) {
      this.countError('contract');
      return this.deadLetter(m, envelope, `contract: ${problems.join('; ')}`);
    }

    const carrier: Record<string, string> = {};
    for (const k of ['traceparent', 'tracestate']) {
      const v = m.headers?.get(k);
      if (v) carrier[k] = v;
    }
    const parent = propagation.extract(ROOT_CONTEXT, carrier);
    const span = tracer.startSpan(
      `consume ${envelope.type}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'nats',
          'messaging.destination.name': m.subject,
          'pm.consumer': this.handler.name,
          'pm.tenant_id': envelope.tenantId,
        },
      },
      parent,
    );
    const tenant: TenantContext = {
      tenantId: envelope.tenantId,
      actor: envelope.actor,
      roles: [],
      propertyScope: 'ALL',
    };
    try {
      await context.with(trace.setSpan(parent, span), () =>
        runWithTenant(tenant, async () => {
          const applied = await this.o.db.tx(async (em) => {
            const rows = await em.execute(
              'insert into inbox (consumer, event_id, tenant_id) values (?, ?, ?) on conflict do nothing returning event_id',
              [this.handler.name, envelope.id, envelope.tenantId],
            );
            if (!rows.length) return false;
            await this.handler.handle(em, envelope.payload as never, envelope as never);
            return true;
          }, tenant);
          if (applied) {
            this.applied++;
            this.count('applied');
            const since = Date.now() - Date.parse(envelope.occurredAt);
            if (since >= 0)
              this.o.metrics?.record('pm_event_delivery_seconds', since / 1000, {
                consumer: this.handler.name,
              });
          } else {
            this.skipped++;
            this.count('skipped');
          }
          await this.o.afterCommit?.(envelope);
        }),
      );
      m.ack();
    } catch (e) {
      span.recordException(e as Error);
      const kind = classifyError(e);
      this.failures[kind]++;
      this.countError(kind);
      const attempts = m.info.redeliveryCount;
      const delay = backoffMs(attempts - 1, this.o.retryBaseMs ?? 1_000, this.o.retryMaxMs ?? 60_000);
      if (kind === 'infrastructure') {
        // The database or the network is away: wait for it, however long; never dead-letter.
        this.o.log.warn('event handling hit an infrastructure error; will retry', {
          consumer: this.handler.name,
          eventId: envelope.id,
          attempts,
          delayMs: delay,
          err: e as Error,
        });
        m.nak(delay);
        return;
      }
      if (attempts >= (this.o.maxAttempts ?? 5))
        return this.deadLetter(m, envelope, `handler (after ${attempts} attempts): ${(e as Error).message}`);
      this.o.log.warn('event handling failed; will retry', {
        consumer: this.handler.name,
        eventId: envelope.id,
        attempts,
        err: e as Error,
      });
      m.nak(delay);
    } finally {
      span.end();
    }
  }

  private async deadLetter(m: JsMsg, envelope: EventEnvelope | undefined, reason: string): Promise<void> {
    const h = natsHeaders();
    // The original headers travel along, so a replay republishes the message unchanged.
    for (const [k, vs] of m.headers ?? []) if (!/^nats-/i.test(k)) for (const v of vs) h.append(k, v);
    h.set('Pm-Dead-Reason', reason.slice(0, 500));
    h.set('Pm-Original-Subject', m.subject);
    h.set('Pm-Consumer', this.handler.name);
    h.set('Pm-Attempts', String(m.info.redeliveryCount));
    if (envelope?.id && typeof envelope.id === 'string') h.set('Pm-Event-Id', envelope.id);
    // Keyed by the original message (its stream sequence): a redelivery after a failed term
    // is not parked twice, while a replayed copy that fails again is parked again.
    await this.o.nc.jetstream().publish(deadLetterSubject(this.durableName()), m.data, {
      headers: h,
      msgID: `dlq-${this.durableName()}-${m.info.stream}-${m.info.streamSequence}`,
    });
    this.deadLettered++;
    this.count('dead_lettered');
    this.o.log.error('event dead-lettered', { consumer: this.handler.name, eventId: envelope?.id, reason });
    m.term();
  }
}
