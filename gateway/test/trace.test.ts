import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'http';
import { AddressInfo, createServer as createNetServer } from 'net';
import path from 'path';
import { gunzipSync } from 'zlib';
import { gql } from '@pm/testing';
import { Company, removeCompanies, signUpCompany } from '@pm/testing/kit';

/**
 * OpenTelemetry's auto-instrumentation patches modules as they are required, which jest's
 * module sandbox defeats; so this test runs the built deployables as child processes and
 * receives their spans on an OTLP/HTTP endpoint of its own.
 */

const ROOT = path.resolve(__dirname, '../..');
/** OTLP's SpanKind: 2 is SERVER. */
const SPAN_KIND_SERVER = 2;

interface ReceivedSpan {
  service: string;
  scope: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** A minimal OTLP/HTTP receiver. exporter-trace-otlp-http sends JSON (`application/json`). */
class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  /** Anything it could not read (protobuf, bad JSON), so a failure says why. */
  readonly problems: string[] = [];
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        const type = req.headers['content-type'] ?? '';
        try {
          let body = Buffer.concat(chunks);
          if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
          if (!type.includes('application/json')) throw new Error(`unsupported content-type "${type}"`);
          this.collect(JSON.parse(body.toString('utf8')));
        } catch (e) {
          this.problems.push(String(e));
        }
      }
      // Metrics and logs exporters may post here too; they are accepted and ignored.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  }

  private collect(body: any): void {
    for (const rs of body.resourceSpans ?? []) {
      const service = attributesOf(rs.resource?.attributes)['service.name'] as string;
      for (const ss of rs.scopeSpans ?? [])
        for (const s of ss.spans ?? [])
          this.spans.push({
            service,
            scope: ss.scope?.name ?? '',
            name: s.name,
            traceId: s.traceId,
            spanId: s.spanId,
            parentSpanId: s.parentSpanId || undefined,
            kind: s.kind,
            attributes: attributesOf(s.attributes),
          });
    }
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

function attributesOf(list: { key: string; value: Record<string, unknown> }[] = []): Record<string, unknown> {
  return Object.fromEntries(list.map((a) => [a.key, Object.values(a.value ?? {})[0]]));
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

interface Child {
  name: string;
  proc: ChildProcess;
  output: string[];
}

function startChild(name: string, entry: string, env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (c: Buffer) => output.push(c.toString());
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  return { name, proc, output };
}

async function waitReady(child: Child, port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null)
      throw new Error(`${child.name} exited with ${child.proc.exitCode}:\n${child.output.join('')}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.name} not ready on :${port} after ${timeoutMs} ms:\n${child.output.join('')}`);
}

async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.proc.once('exit', () => r()));
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

const isPgSpan = (s: ReceivedSpan) =>
  s.attributes['db.system'] === 'postgresql' ||
  s.attributes['db.system.name'] === 'postgresql' || // instrumentation-pg ≥ 0.5x, new semconv
  s.name.startsWith('pg.') ||
  s.name.startsWith('SELECT');

describe('tracing across processes', () => {
  const receiver = new OtlpReceiver();
  let tenancy: Child | undefined;
  let gateway: Child | undefined;
  let gatewayUrl: string;
  let company: Company | undefined;

  beforeAll(async () => {
    await receiver.start();
    const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiver.port}`, LOG_LEVEL: 'warn' };
    const tenancyPort = await freePort();
    tenancy = startChild('tenancy', 'services/tenancy/dist/main.js', { ...otel, PORT: String(tenancyPort) });
    await waitReady(tenancy, tenancyPort);
    const gatewayPort = await freePort();
    gateway = startChild('gateway', 'gateway/dist/main.js', {
      ...otel,
      GATEWAY_PORT: String(gatewayPort),
      SUBGRAPH_TENANCY_URL: `http://localhost:${tenancyPort}/graphql`,
    });
    await waitReady(gateway, gatewayPort);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    company = await signUpCompany(gatewayUrl);
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled([removeCompanies([company]), stopChild(gateway), stopChild(tenancy)]);
    await receiver.stop();
  }, 30_000);

  it('A trace of one request shows gateway, subgraph and database spans with one trace id', async () => {
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const r = await gql(gatewayUrl, `{ properties { totalCount } }`, {}, company!.token, {
      traceparent: `00-${traceId}-${clientSpanId}-01`,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.properties.totalCount).toBe(0);

    // Spans leave in batches (200 ms), the server spans last: poll until both services and the
    // database have reported and every span's parent has arrived.
    const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId);
    const complete = () => {
      const spans = inTrace();
      const ids = new Set([clientSpanId, ...spans.map((s) => s.spanId)]);
      return (
        spans.some((s) => s.service === 'gateway' && s.parentSpanId === clientSpanId) &&
        spans.some((s) => s.service === 'tenancy' && isPgSpan(s)) &&
        spans.every((s) => ids.has(s.parentSpanId!))
      );
    };
    const deadline = Date.now() + 15_000;
    while (!complete() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));

    const spans = inTrace();
    const dump = () =>
      `spans of trace ${traceId}:\n${spans.map((s) => `  ${s.service} ${s.kind} ${s.name} ${s.spanId} ← ${s.parentSpanId}`).join('\n')}\n` +
      `receiver problems: ${JSON.stringify(receiver.problems)}; spans received in all: ${receiver.spans.length}\n` +
      `gateway output:\n${gateway?.output.join('')}\ntenancy output:\n${tenancy?.output.join('')}`;
    if (!complete()) throw new Error(`incomplete trace after 15 s\n${dump()}`);

    const gatewaySpans = spans.filter((s) => s.service === 'gateway');
    const tenancySpans = spans.filter((s) => s.service === 'tenancy');
    expect(tenancySpans.filter(isPgSpan).length).toBeGreaterThan(0);

    // One trace, one tree: the gateway's server span continues the client's context …
    expect(gatewaySpans.filter((s) => s.parentSpanId === clientSpanId).map((s) => [s.kind, s.name])).toEqual([
      [SPAN_KIND_SERVER, 'POST'],
    ]);
    // … and the subgraph's server span is the child of a span the gateway created (the context
    // the gateway injects is its own active span, not the client's or none), under which every
    // other tenancy span, the database ones included, hangs.
    const gatewayIds = new Set(gatewaySpans.map((s) => s.spanId));
    const tenancyRoots = tenancySpans.filter((s) => gatewayIds.has(s.parentSpanId!));
    expect(tenancyRoots.map((s) => [s.kind, s.name])).toEqual([[SPAN_KIND_SERVER, 'POST']]);
    const parentOf = new Map(spans.map((s) => [s.spanId, s.parentSpanId]));
    const rootOf = (id: string): string | undefined => {
      let at: string | undefined = id;
      for (let hops = 0; at && hops < 100; hops++) {
        if (parentOf.get(at) === clientSpanId) return at;
        at = parentOf.get(at);
      }
      return undefined;
    };
    const gatewayRoot = gatewaySpans.find((s) => s.parentSpanId === clientSpanId)!.spanId;
    expect(spans.filter((s) => rootOf(s.spanId) !== gatewayRoot).map((s) => s.name)).toEqual([]);
  }, 30_000);
});
