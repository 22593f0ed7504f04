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
import { Database, uuidv7 } from '@pm/db';
import { Logger, PlatformMetrics } from '@pm/observability';
import { TenantContext, runWithTenant } from '@pm/tenant-context';
import { domainOf, streamOf } from './nats';
import { FailureKind, backoffMs, classifyError } from './failure';

export interface EventHandler<S extends Shape = Shape> {
  /** Durable consumer name: `<service>.<what it does>`; also the inbox key. */
  name: string;
  contract: EventContract<S>;
  handle(em: EntityManager, payload: Infer<S>, envelope: EventEnvelope<Infer<S>>): Promise<void>;
  /**
   * Several events of one tenant at once, in stream order, with the effect of `handle` on each in
   * turn: a projection writes them in one statement instead of one or two per event (each round
   * trip to PostgreSQL is most of an event's cost). Used for a group's fresh events and for a
   * snapshot page; a failure falls back to each event on its own, as for `handle`.
   */
  handleMany?(em: EntityManager, events: HandledEvent<S>[]): Promise<void>;
  /**
   * Events with the same key are handled one after the other, in stream order; others at once.
   * Default: the tenant and the value of the contract's first field — the aggregate's id by the
   * contracts' convention (`unitId` of unit.created, `occupancyId` of occupancy.ended).
   */
  orderingKey?(payload: Infer<S>, envelope: EventEnvelope<Infer<S>>): string;
  /**
   * Whether a durable created late first applies the owner's snapshot (default: yes, for
   * projections). `false` for handlers that act on what happens (webhook deliveries): a snapshot
   * is current state, not events that happened, and has no event ids to deliver.
   */
  snapshot?: boolean;
}

/** One event given to `handleMany`. */
export interface HandledEvent<S extends Shape = Shape> {
  payload: Infer<S>;
  envelope: EventEnvelope<Infer<S>>;
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
  /**
   * The current state of the contract's owning service, as pages of the contract's payloads
   * (libs/runtime `httpSnapshots`: its signed internal snapshot route). A durable consumer created
   * now first applies it: a stream keeps only `max_age` of history, so a consumer added later
   * would never learn an older unit or property from the stream alone.
   */
  snapshot?: SnapshotReader;
  /**
   * Transactions at once (default 8). Messages that arrive while they run wait and go into the
   * next transaction of their tenant together; each transaction's round trips are most of an
   * event's cost, so fewer and larger transactions apply more events per second (README, "events").
   */
  concurrency?: number;
  /**
   * At most this many of one tenant's messages run at once while another tenant's message waits
   * (default concurrency / 4, at least 1): one tenant's flood does not starve the others. With
   * no other tenant waiting, a tenant may use every slot.
   */
  perTenant?: number;
  /**
   * Messages of one tenant applied in one transaction (default 16): one inbox insert for all of
   * them, then the handler's `handleMany` (or `handle` on each in stream order), one commit.
   * Should any of them fail, none is applied and each gets an attempt of its own (and the
   * failure policy) instead.
   */
  batch?: number;
  /**
   * Messages held by this consumer — running or waiting for their key, their tenant or a slot
   * (default 128). Bounds its memory: it pulls no more until some finish.
   */
  maxHeld?: number;
}

/** One row of an owning service's snapshot: the payload its event would carry now. */
export interface SnapshotItem {
  tenantId: string;
  payload: unknown;
  /** When the row came to be (the envelope's occurredAt handlers see). */
  occurredAt: string;
}

/** Pages of the owner's snapshot for a contract; none when the owner offers none. */
export type SnapshotReader = (contract: EventContract) => AsyncIterable<SnapshotItem[]>;

/** A pulled message waiting for its turn. */
interface Held {
  m: JsMsg;
  key: string;
  tenant: string;
}

const tracer = trace.getTracer('pm-events');

/**
 * A durable JetStream consumer whose effect and inbox row commit in one transaction: a
 * redelivered event finds its inbox row and is acknowledged without repeating the effect.
 */
export class EventConsumer {
  private messages?: ConsumerMessages;
  private done?: Promise<void>;
  /** Pulled and not yet started, in stream order. */
  private waiting: Held[] = [];
  private running = new Set<Promise<void>>();
  private runningMessages = 0;
  private busyKeys = new Set<string>();
  private tenantRunning = new Map<string, number>();
  /** Resolved when a held message finishes: the pull loop waits on it when maxHeld are held. */
  private room?: () => void;
  private stopping = false;
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
    // Before the durable exists, so a bootstrap cut short by a crash runs again at the next start;
    // what is published meanwhile stays in the stream for the new consumer (DeliverPolicy.All).
    if (this.o.snapshot && this.handler.snapshot !== false && !(await this.exists(stream)))
      await this.bootstrapUntilDone();
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
    const maxHeld = this.maxHeld();
    // The client's pull buffer is as large as what this consumer may hold: bounded memory, and
    // a stuck handler holds few messages back from the other replicas.
    this.messages = await consumer.consume({ max_messages: maxHeld });
    this.done = (async () => {
      for await (const m of this.messages!) {
        while (!this.stopping && this.held() >= maxHeld) await new Promise<void>((r) => (this.room = r));
        this.waiting.push(this.holding(m));
        this.schedule();
      }
    })();
  }

  private async exists(stream: string): Promise<boolean> {
    const jsm = await this.o.nc.jetstreamManager();
    try {
      await jsm.consumers.info(stream, this.durableName());
      return true;
    } catch (e) {
      if (/consumer not found/i.test(String((e as Error).message))) return false;
      throw e;
    }
  }

  /**
   * The owner may not be up yet (every service starts at once) or away for a while: the
   * bootstrap is tried again, from the start (it is idempotent), with capped back-off until it
   * completes. Only a consumer that has no durable yet waits here.
   */
  private async bootstrapUntilDone(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.bootstrap();
        return;
      } catch (e) {
        const delayMs = backoffMs(attempt, this.o.retryBaseMs ?? 1_000, this.o.retryMaxMs ?? 30_000);
        this.o.log.warn("the owner's snapshot could not be read; will try again", {
          consumer: this.handler.name,
          attempt,
          delayMs,
          err: e as Error,
        });
        await new Promise((r) => setTimeout(r, delayMs));
      }
    }
  }

  /**
   * Applies the owner's snapshot through the handler, one transaction per page and tenant.
   * Handlers of projections are idempotent and order-safe, so the stream's own history, applied
   * afterwards, converges on the same rows. Nothing here is trusted either: a payload that
   * fails the contract is left out and logged.
   */
  async bootstrap(): Promise<number> {
    const contract = this.handler.contract;
    let applied = 0;
    let refused = 0;
    for await (const page of this.o.snapshot!(contract)) {
      const byTenant = new Map<string, SnapshotItem[]>();
      for (const item of page) {
        const problems = validate(contract.shape, item.payload);
        if (problems.length || typeof item.tenantId !== 'string') {
          refused++;
          this.o.log.error('snapshot item refused: it fails its contract', {
            consumer: this.handler.name,
            problems,
          });
          continue;
        }
        byTenant.set(item.tenantId, [...(byTenant.get(item.tenantId) ?? []), item]);
      }
      for (const [tenantId, items] of byTenant) {
        const tenant: TenantContext = {
          tenantId,
          actor: { kind: 'system' },
          roles: [],
          propertyScope: 'ALL',
        };
        const events = items.map((item) => ({
          payload: item.payload as never,
          envelope: {
            id: uuidv7(),
            type: contract.type,
            version: contract.version,
            tenantId,
            occurredAt: item.occurredAt,
            actor: { kind: 'system' },
            payload: item.payload,
          } as never,
        }));
        await runWithTenant(tenant, () =>
          this.o.db.tx(async (em) => {
            if (this.handler.handleMany && events.length > 1) await this.handler.handleMany(em, events);
            else for (const e of events) await this.handler.handle(em, e.payload, e.envelope);
          }, tenant),
        );
        applied += items.length;
      }
    }
    this.o.log.info("bootstrapped from the owner's snapshot", {
      consumer: this.handler.name,
      applied,
      refused,
    });
    return applied;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.messages?.stop();
    this.room?.();
    await this.done;
    // Not started: back to the stream at once, for another replica (or this one's successor).
    for (const h of this.waiting.splice(0)) h.m.nak();
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private concurrency(): number {
    return Math.max(1, this.o.concurrency ?? 8);
  }

  private maxHeld(): number {
    return Math.max(this.concurrency(), this.o.maxHeld ?? 128);
  }

  private held(): number {
    return this.waiting.length + this.runningMessages;
  }

  /** The message's ordering key and tenant, read without trusting it (process() validates). */
  private holding(m: JsMsg): Held {
    let tenant = '';
    let key = '';
    try {
      const envelope = m.json<EventEnvelope>();
      tenant = typeof envelope?.tenantId === 'string' ? envelope.tenantId : '';
      const payload = (envelope?.payload ?? {}) as Record<string, unknown>;
      const own = this.handler.orderingKey?.(payload as never, envelope as never);
      const first = Object.keys(this.handler.contract.shape)[0];
      key = own ?? String(first === undefined ? '' : (payload[first] ?? ''));
    } catch {
      // Not JSON or not an envelope: process() dead-letters it; its key does not matter.
    }
    return { m, tenant, key: `${tenant}\u0000${key}` };
  }

  /**
   * Starts waiting messages while slots are free: in stream order, skipping a message whose key
   * is running (same aggregate: strictly one after the other) and, while another tenant's
   * message is startable, a message whose tenant already runs `perTenant` transactions. The
   * message started takes along later messages of its tenant (up to `batch`) into its
   * transaction — never one of a running key, nor one behind a message of its key left waiting,
   * nor a redelivered one (it may be the one that fails: it runs alone).
   */
  private schedule(): void {
    const cap = Math.max(1, this.o.perTenant ?? Math.floor(this.concurrency() / 4));
    const batch = Math.max(1, this.o.batch ?? 16);
    while (!this.stopping && this.running.size < this.concurrency()) {
      let pick = -1;
      let overCap = -1;
      for (let i = 0; i < this.waiting.length; i++) {
        const h = this.waiting[i];
        if (this.busyKeys.has(h.key)) continue;
        if ((this.tenantRunning.get(h.tenant) ?? 0) < cap) {
          pick = i;
          break;
        }
        if (overCap < 0) overCap = i;
      }
      if (pick < 0) pick = overCap;
      if (pick < 0) return;
      const [h] = this.waiting.splice(pick, 1);
      const group = [h];
      if (h.tenant && !h.m.redelivered && batch > 1) {
        const left = new Set<string>();
        for (let i = pick; i < this.waiting.length && group.length < batch;) {
          const w = this.waiting[i];
          if (w.tenant === h.tenant && !this.busyKeys.has(w.key) && !left.has(w.key) && !w.m.redelivered) {
            group.push(w);
            this.waiting.splice(i, 1);
          } else {
            left.add(w.key);
            i++;
          }
        }
      }
      for (const g of group) this.busyKeys.add(g.key);
      this.runningMessages += group.length;
      this.tenantRunning.set(h.tenant, (this.tenantRunning.get(h.tenant) ?? 0) + 1);
      const run: Promise<void> = this.processGroup(group.map((g) => g.m)).finally(() => {
        this.running.delete(run);
        for (const g of group) this.busyKeys.delete(g.key);
        this.runningMessages -= group.length;
        const n = (this.tenantRunning.get(h.tenant) ?? 1) - 1;
        if (n) this.tenantRunning.set(h.tenant, n);
        else this.tenantRunning.delete(h.tenant);
        this.room?.();
        this.room = undefined;
        this.schedule();
      });
      this.running.add(run);
    }
  }

  private async processSafely(m: JsMsg): Promise<void> {
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

  /**
   * Several messages of one tenant in one transaction: the inbox rows in one statement, the
   * handlers in stream order, one commit, then the acks. A message failing its contract takes
   * its own way (the dead letters); any failure of the transaction applies none of them and
   * gives each an attempt of its own, with its own failure policy.
   */
  private async processGroup(ms: JsMsg[]): Promise<void> {
    if (ms.length === 1) return this.processSafely(ms[0]);
    const ok: { m: JsMsg; envelope: EventEnvelope }[] = [];
    for (const m of ms) {
      let envelope: EventEnvelope | undefined;
      try {
        envelope = m.json<EventEnvelope>();
      } catch {
        envelope = undefined;
      }
      const fine =
        envelope &&
        !this.contractProblems(m.subject, envelope, m.headers?.get('Pm-Tenant-Id') || undefined).length &&
        (!ok.length || envelope.tenantId === ok[0].envelope.tenantId);
      if (fine) ok.push({ m, envelope: envelope! });
      else await this.processSafely(m);
    }
    if (!ok.length) return;
    const contextOf = (envelope: EventEnvelope): TenantContext => ({
      tenantId: envelope.tenantId,
      actor: envelope.actor,
      roles: [],
      propertyScope: 'ALL',
    });
    const links = ok.map(({ m }) => {
      const carrier: Record<string, string> = {};
      for (const k of ['traceparent', 'tracestate']) {
        const v = m.headers?.get(k);
        if (v) carrier[k] = v;
      }
      return trace.getSpanContext(propagation.extract(ROOT_CONTEXT, carrier));
    });
    const span = tracer.startSpan(`consume ${this.handler.contract.type} ×${ok.length}`, {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'nats',
        'messaging.destination.name': this.handler.contract.subject,
        'messaging.batch.message_count': ok.length,
        'pm.consumer': this.handler.name,
        'pm.tenant_id': ok[0].envelope.tenantId,
      },
      links: links.filter((c) => c !== undefined).map((c) => ({ context: c! })),
    });
    let applied: Set<string>;
    try {
      applied = await context.with(trace.setSpan(ROOT_CONTEXT, span), () =>
        this.o.db.tx(async (em) => {
          const rows = await em.execute(
            `insert into inbox (consumer, event_id, tenant_id) values ${ok.map(() => '(?, ?, ?)').join(', ')} on conflict do nothing returning event_id`,
            ok.flatMap(({ envelope }) => [this.handler.name, envelope.id, envelope.tenantId]),
          );
          const fresh = new Set(rows.map((r) => String(r.event_id).toLowerCase()));
          const done = new Set<string>();
          const todo: EventEnvelope[] = [];
          for (const { envelope } of ok) {
            const id = envelope.id.toLowerCase();
            if (!fresh.has(id) || done.has(id)) continue;
            done.add(id);
            todo.push(envelope);
          }
          const many = this.handler.handleMany;
          if (many && todo.length > 1)
            await runWithTenant(contextOf(todo[0]), () =>
              many.call(
                this.handler,
                em,
                todo.map((envelope) => ({ payload: envelope.payload as never, envelope: envelope as never })),
              ),
            );
          else
            for (const envelope of todo)
              await runWithTenant(contextOf(envelope), () =>
                this.handler.handle(em, envelope.payload as never, envelope as never),
              );
          return done;
        }, contextOf(ok[0].envelope)),
      );
    } catch (e) {
      span.recordException(e as Error);
      span.end();
      // Which one failed, and why, is for each message's own attempt to find out.
      for (const { m } of ok) await this.processSafely(m);
      return;
    }
    span.end();
    for (const { m, envelope } of ok) {
      if (applied.delete(envelope.id.toLowerCase())) {
        this.applied++;
        this.count('applied');
        const since = Date.now() - Date.parse(envelope.occurredAt);
        if (since >= 0)
          this.o.metrics?.record('pm_event_delivery_seconds', since / 1000, { consumer: this.handler.name });
      } else {
        this.skipped++;
        this.count('skipped');
      }
      await this.o.afterCommit?.(envelope);
      m.ack();
    }
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
