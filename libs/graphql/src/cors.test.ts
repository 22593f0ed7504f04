import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { corsFor } from './cors';

describe('CORS allow-list', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const cors = corsFor(['http://localhost:4100']);
    server = createServer((req, res) => {
      if (cors(req, res)) return;
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const preflight = (origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });

  it('answers a listed origin’s preflight with that origin and the headers a token call needs', async () => {
    const r = await preflight('http://localhost:4100');
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:4100');
    expect(r.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(r.headers.get('vary')).toBe('Origin');
  });

  it('refuses any other origin’s preflight and never answers with *', async () => {
    for (const origin of ['http://localhost:4101', 'http://evil.example', 'null']) {
      const r = await preflight(origin);
      expect(r.status).toBe(403);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('marks the answer to a listed origin readable and leaves others unreadable', async () => {
    const ok = await fetch(url, { method: 'POST', headers: { origin: 'http://localhost:4100' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:4100');
    const other = await fetch(url, { method: 'POST', headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
