import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { LookupAddress } from 'dns';
import { TargetGuard, TargetRefused, URL_NOT_ALLOWED, cidrProblem } from './target';

/** R-WHK-3: only public addresses, checked after resolution, against the address connected to. */
describe('TargetGuard', () => {
  const strict = new TargetGuard();

  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['0.0.0.0', '"this" network'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'unique local (private)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['::ffff:a00:1', 'IPv4-mapped'],
    ['64:ff9b::a00:1', 'NAT64'],
  ])('refuses %s (%s)', (address, label) => {
    expect(strict.addressProblem(address)).toBe(`${address} is a ${label} address`);
  });

  it('allows public addresses', () => {
    for (const a of [
      '93.184.216.34',
      '8.8.8.8',
      '2606:2800:220:1:248:1893:25c8:1946',
      '2001:4860:4860::8888',
    ])
      expect(strict.addressProblem(a)).toBeUndefined();
  });

  it('an exempt range (development, tests) allows exactly that range', () => {
    const g = new TargetGuard(['127.0.0.1/32']);
    expect(g.addressProblem('127.0.0.1')).toBeUndefined();
    expect(g.addressProblem('127.0.0.2')).toMatch(/loopback/);
    expect(g.addressProblem('::1')).toMatch(/loopback/);
    expect(cidrProblem('127.0.0.1/32')).toBeUndefined();
    expect(cidrProblem('::1/128')).toBeUndefined();
    expect(cidrProblem('127.0.0.1')).toMatch(/not a CIDR/);
    expect(cidrProblem('10.0.0.0/33')).toMatch(/not a CIDR/);
  });

  const resolving =
    (table: Record<string, string[]>) =>
    async (host: string): Promise<LookupAddress[]> => {
      const found = table[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };

  it('checks every address a host resolves to, and literals without a lookup', async () => {
    const g = new TargetGuard(
      [],
      resolving({ 'ok.example': ['93.184.216.34'], 'mixed.example': ['93.184.216.34', '10.0.0.7'] }),
    );
    await expect(g.check('https://ok.example/hook')).resolves.toBeUndefined();
    await expect(g.check('https://mixed.example/hook')).rejects.toThrow(
      'mixed.example resolves to 10.0.0.7 is a private address',
    );
    await expect(g.check('http://169.254.169.254/latest/meta-data')).rejects.toMatchObject({
      code: URL_NOT_ALLOWED,
    });
    await expect(g.check('http://[::1]:8080/')).rejects.toThrow(TargetRefused);
    await expect(g.check('file:///etc/passwd')).rejects.toThrow('must be an http or https URL');
    await expect(g.check('https://nowhere.example/')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  describe('at delivery time (a real socket)', () => {
    let server: Server;
    let port: number;
    let requests = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        requests++;
        if (req.url === '/slow') return; // never answers
        req.resume();
        req.on('end', () => res.writeHead(req.url === '/fail' ? 500 : 204).end());
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('connects to the address its own lookup checked: a name that now resolves to loopback is refused unsent', async () => {
      // "rebind.example" passed a check once; at delivery it resolves to 127.0.0.1.
      const table = resolving({ 'rebind.example': ['127.0.0.1'] });
      const before = requests;
      await expect(
        new TargetGuard([], table).post(`http://rebind.example:${port}/`, '{}', {}, 2000),
      ).rejects.toMatchObject({
        code: URL_NOT_ALLOWED,
        message: 'rebind.example resolves to 127.0.0.1 is a loopback address',
      });
      expect(requests).toBe(before);
      // Exempted (as tests do), the same name reaches the server through that lookup.
      const allowed = new TargetGuard(['127.0.0.1/32'], table);
      await expect(allowed.post(`http://rebind.example:${port}/ok`, '{}', {}, 2000)).resolves.toEqual({
        status: 204,
      });
      await expect(allowed.post(`http://rebind.example:${port}/fail`, '{}', {}, 2000)).resolves.toEqual({
        status: 500,
      });
      expect(requests).toBe(before + 2);
    });

    it('an IP literal is checked too, and a receiver that does not answer times out', async () => {
      await expect(new TargetGuard().post(`http://127.0.0.1:${port}/`, '{}', {}, 2000)).rejects.toThrow(
        TargetRefused,
      );
      const started = Date.now();
      await expect(
        new TargetGuard(['127.0.0.1/32']).post(`http://127.0.0.1:${port}/slow`, '{}', {}, 300),
      ).rejects.toMatchObject({
        name: 'TimeoutError',
      });
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });
});
