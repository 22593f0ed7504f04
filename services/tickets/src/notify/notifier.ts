import { Logger } from '@pm/observability';

export interface TicketNotice {
  type: 'NEW' | 'ESCALATED' | 'BREACHED' | 'VISIT_MISSED';
  tenantId: string;
  ticketId: string;
  propertyId: string;
  kind?: string;
  rule?: string;
  dueAt?: string;
}

/** Who is told of new, escalated and breaching tickets; told after the change committed. */
export interface Notifier {
  notify(n: TicketNotice): Promise<void>;
}

export class LogNotifier implements Notifier {
  constructor(private log: Logger) {}
  async notify(n: TicketNotice): Promise<void> {
    this.log.info('ticket notice', { ...n });
  }
}

/** POSTs each notice as JSON; a failing hook is logged and never fails the operation. */
export class WebhookNotifier implements Notifier {
  constructor(
    private url: string,
    private log: Logger,
  ) {}
  async notify(n: TicketNotice): Promise<void> {
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(n),
        signal: AbortSignal.timeout(3000),
      });
      if (!res.ok) this.log.warn('notify webhook answered an error', { status: res.status });
    } catch (e) {
      this.log.warn('notify webhook failed', { err: e as Error });
    }
  }
}

/** Fan-out to several notifiers (log + webhook). */
export class Notifiers implements Notifier {
  constructor(private all: Notifier[]) {}
  async notify(n: TicketNotice): Promise<void> {
    await Promise.all(this.all.map((x) => x.notify(n)));
  }
}
