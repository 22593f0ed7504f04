import { Infer, Shape } from './schema';

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

export function defineEvent<S extends Shape>(
  domain: string,
  type: string,
  version: number,
  shape: S,
): EventContract<S> {
  return { type, version, subject: `pm.${domain}.${type}`, shape };
}
