import { LookupAddress, lookup as dnsLookup } from 'dns';
import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';
import { BlockList, LookupFunction, isIP } from 'net';

/** The error code of a refused target, in GraphQL answers and in a delivery's last error. */
export const URL_NOT_ALLOWED = 'URL_NOT_ALLOWED';

/** A target we will not call (R-WHK-3): the reason names the address and its range. */
export class TargetRefused extends Error {
  readonly code = URL_NOT_ALLOWED;
}

type Family = 'ipv4' | 'ipv6';

/**
 * Everything that is not the public internet (R-WHK-3): loopback, link-local (cloud metadata at
 * 169.254.169.254), private, shared (CGNAT), benchmarking, documentation, multicast and reserved
 * ranges, and the IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo) — those
 * could carry a private one, and no partner needs them.
 */
const RESERVED: readonly [label: string, family: Family, network: string, prefix: number][] = [
  ['"this" network', 'ipv4', '0.0.0.0', 8],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['shared (CGNAT)', 'ipv4', '100.64.0.0', 10],
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['IETF protocol assignments', 'ipv4', '192.0.0.0', 24],
  ['documentation', 'ipv4', '192.0.2.0', 24],
  ['6to4 relay', 'ipv4', '192.88.99.0', 24],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['benchmarking', 'ipv4', '198.18.0.0', 15],
  ['documentation', 'ipv4', '198.51.100.0', 24],
  ['documentation', 'ipv4', '203.0.113.0', 24],
  ['multicast', 'ipv4', '224.0.0.0', 4],
  ['reserved', 'ipv4', '240.0.0.0', 4],
  ['unspecified', 'ipv6', '::', 128],
  ['loopback', 'ipv6', '::1', 128],
  ['IPv4-mapped', 'ipv6', '::ffff:0:0', 96],
  ['IPv4-compatible', 'ipv6', '::', 96],
  ['NAT64', 'ipv6', '64:ff9b::', 96],
  ['NAT64 local', 'ipv6', '64:ff9b:1::', 48],
  ['discard', 'ipv6', '100::', 64],
  ['Teredo', 'ipv6', '2001::', 32],
  ['benchmarking', 'ipv6', '2001:2::', 48],
  ['documentation', 'ipv6', '2001:db8::', 32],
  ['6to4', 'ipv6', '2002::', 16],
  ['unique local (private)', 'ipv6', 'fc00::', 7],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['site-local', 'ipv6', 'fec0::', 10],
  ['multicast', 'ipv6', 'ff00::', 8],
];

const RANGES = RESERVED.map(([label, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { label, family, list };
});

const familyOf = (address: string): Family | undefined =>
  isIP(address) === 4 ? 'ipv4' : isIP(address) === 6 ? 'ipv6' : undefined;

/** `10.0.0.0/8`, `fd00::/8`: the problem with one CIDR, or undefined when it is well formed. */
export function cidrProblem(cidr: string): string | undefined {
  const [network, bits, extra] = cidr.split('/');
  const family = familyOf(network ?? '');
  const prefix = Number(bits);
  if (extra !== undefined || !family || !/^\d+$/.test(bits ?? '') || prefix > (family === 'ipv4' ? 32 : 128))
    return `"${cidr}" is not a CIDR like 127.0.0.1/32 or ::1/128`;
  return undefined;
}

/** A URL's host without IPv6 brackets (`[::1]` → `::1`). */
const bareHost = (u: URL) => u.hostname.replace(/^\[(.*)\]$/, '$1');

/** What the syntax of a subscription URL gets wrong (http(s), no credentials, bounded). */
export function urlSyntaxProblem(raw: string): string | undefined {
  if (raw.length > 2048) return 'at most 2048 characters';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'must be an http or https URL';
  // Credentials in a URL end up in logs and lists; the signature is what authenticates us.
  if (u.username || u.password) return 'must not carry a user name or password';
  if (!bareHost(u)) return 'must name a host';
  return undefined;
}

export type Resolver = (host: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );

export interface Delivered {
  status: number;
}

/**
 * The one way out of the platform to a company's URL (R-WHK-3). A host is resolved, every
 * address it resolves to must be public, and the connection is made to an address just checked
 * (the check is the socket's own DNS lookup), so a name that resolves to a public address at
 * subscription time and to 127.0.0.1 at delivery time (DNS rebinding) is still refused.
 * `allowed` exempts ranges for development and tests only (config refuses it in production).
 */
export class TargetGuard {
  private readonly allowed = new BlockList();

  constructor(
    allowedCidrs: readonly string[] = [],
    private readonly resolve: Resolver = systemResolver,
  ) {
    for (const cidr of allowedCidrs) {
      const [network, bits] = cidr.split('/');
      this.allowed.addSubnet(network, Number(bits), familyOf(network)!);
    }
  }

  /** Why an address may not be called, or undefined when it may. */
  addressProblem(address: string): string | undefined {
    const family = familyOf(address);
    if (!family) return `${address} is not an IP address`;
    if (this.allowed.check(address, family)) return undefined;
    const hit = RANGES.find((r) => r.family === family && r.list.check(address, family));
    return hit ? `${address} is a ${hit.label} address` : undefined;
  }

  /**
   * Checks a URL as a subscription is made: its syntax and every address its host resolves to.
   * A refused target throws TargetRefused; a host that does not resolve throws the DNS error.
   */
  async check(url: string): Promise<void> {
    const syntax = urlSyntaxProblem(url);
    if (syntax) throw new TargetRefused(syntax);
    const host = bareHost(new URL(url));
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await this.resolve(host);
    this.refuseAny(host, addresses);
  }

  /** POSTs `body`; resolves with the answer's status once its headers arrived; throws on anything else. */
  async post(
    url: string,
    body: string,
    headers: Record<string, string>,
    timeoutMs: number,
  ): Promise<Delivered> {
    const syntax = urlSyntaxProblem(url);
    if (syntax) throw new TargetRefused(syntax);
    const u = new URL(url);
    const host = bareHost(u);
    // An IP literal is connected to without a lookup, so it is checked here.
    if (isIP(host)) this.refuseAny(host, [{ address: host }]);
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const signal = AbortSignal.timeout(timeoutMs);
    return new Promise<Delivered>((resolve, reject) => {
      const req = send(
        u,
        {
          method: 'POST',
          headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
          lookup: this.lookup,
          // One connection per delivery: a pooled socket would skip the lookup that checks it.
          agent: false,
          signal,
        },
        (res) => {
          // The status is the outcome; the body is not kept, only drained (at most 64 KiB, and
          // the deadline's abort ends a peer that never stops sending).
          resolve({ status: res.statusCode ?? 0 });
          let seen = 0;
          res.on('data', (chunk: Buffer) => {
            seen += chunk.length;
            if (seen > 64 * 1024) res.destroy();
          });
          res.on('error', () => undefined);
        },
      );
      req.on('error', (e) =>
        reject(
          signal.aborted
            ? Object.assign(new Error(`no answer within ${timeoutMs} ms`), {
                name: 'TimeoutError',
                code: 'TIMEOUT',
              })
            : e,
        ),
      );
      req.end(body);
    });
  }

  /** The socket's DNS lookup: every address must be allowed, then Node connects to one of them. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname)
      .then((found) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = found.filter((a) => !wanted || a.family === wanted);
        this.refuseAny(hostname, addresses);
        if (options.all) (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      })
      .catch((e: NodeJS.ErrnoException) => callback(e, '', 0));
  };

  private refuseAny(host: string, addresses: readonly { address: string }[]): void {
    if (!addresses.length) throw Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
    for (const a of addresses) {
      const problem = this.addressProblem(a.address);
      if (problem) throw new TargetRefused(host === a.address ? problem : `${host} resolves to ${problem}`);
    }
  }
}
