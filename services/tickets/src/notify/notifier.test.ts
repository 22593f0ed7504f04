import { createServer } from 'http';
import { AddressInfo } from 'net';
import { createLogger } from '@pm/observability';
import { Notifiers, WebhookNotifier, TicketNotice } from './notifier';

describe('Notifier', () => {
  const log = createLogger('test', 'silent');
  const notice: TicketNotice = {
    type: 'BREACHED',
    tenantId: 't',
    ticketId: 'x',
    propertyId: 'p',
    rule: 'R-TKT-7',
  };

  it('the webhook notifier POSTs the notice as JSON; a failing hook never throws', async () => {
    const got: unknown[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push(JSON.parse(body));
        res.statusCode = 500;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      await new Notifiers([new WebhookNotifier(url, log)]).notify(notice);
      expect(got).toEqual([notice]);
      await expect(
        new WebhookNotifier('http://127.0.0.1:1/none', log).notify(notice),
      ).resolves.toBeUndefined();
    } finally {
      server.close();
    }
  });
});
