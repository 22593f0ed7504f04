import { IncomingMessage, ServerResponse } from 'http';
import { INTERNAL_HEADER, fetchWithin, jsonWithin, signInternal, verifyInternal } from '@pm/auth';

export const CUSTOMER_NAMES_ROUTE = '/internal/customer-names';
/** Ids per call: a batch of 1,000 notices is one call. */
export const MAX_NAMES_PER_CALL = 2_000;

const subject = (tenantId: string, ids: string[]) => `customer-names:${tenantId}:${ids.join(',')}`;

/**
 * Customers' names for documents other services print (a payment notice names its payer).
 * Names stay in the customers service, encrypted; others ask for the few they print, per
 * company, over a call signed with the internal secret, and keep nothing.
 */
export class CustomerNames {
  constructor(
    private customersUrl: string,
    private secret: string,
    private timeoutMs = 5_000,
  ) {}

  async names(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const unique = [...new Set(ids)].sort();
    for (let i = 0; i < unique.length; i += MAX_NAMES_PER_CALL) {
      const chunk = unique.slice(i, i + MAX_NAMES_PER_CALL);
      const res = await fetchWithin(
        'customer names',
        this.timeoutMs,
        `${this.customersUrl}${CUSTOMER_NAMES_ROUTE}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [INTERNAL_HEADER]: signInternal(this.secret, subject(tenantId, chunk)),
          },
          body: JSON.stringify({ tenantId, ids: chunk }),
        },
      );
      if (!res.ok) throw new Error(`customer names answered ${res.status}`);
      const body = await jsonWithin<{ names: Record<string, string> }>('customer names', this.timeoutMs, res);
      for (const [id, name] of Object.entries(body.names)) out.set(id, name);
    }
    return out;
  }
}

/** The customers service's side: checks the signature over company and ids, then looks them up. */
export function customerNamesRoute(
  secret: string,
  lookup: (tenantId: string, ids: string[]) => Promise<Record<string, string>>,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return send(405, { error: 'POST only' });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > 200_000) return send(413, { error: 'too many ids' });
      chunks.push(c as Buffer);
    }
    let body: { tenantId?: unknown; ids?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(400, { error: 'not JSON' });
    }
    const { tenantId, ids } = body;
    if (
      typeof tenantId !== 'string' ||
      !Array.isArray(ids) ||
      ids.length > MAX_NAMES_PER_CALL ||
      !ids.every((i) => typeof i === 'string')
    )
      return send(400, { error: 'tenantId and ids expected' });
    if (
      !verifyInternal(
        secret,
        subject(tenantId, ids as string[]),
        req.headers[INTERNAL_HEADER] as string | undefined,
      )
    )
      return send(403, { error: 'forbidden' });
    return send(200, { names: await lookup(tenantId, ids as string[]) });
  };
}
