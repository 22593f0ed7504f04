import { runWithTenant } from '@pm/tenant-context';
import { createLogger } from './logger';

describe('logger', () => {
  it('writes JSON lines with the tenant of the running context and drops lower levels', () => {
    const lines: string[] = [];
    const log = createLogger('svc', 'info', (l) => lines.push(l)).child({ component: 'relay' });
    log.debug('hidden');
    runWithTenant(
      { tenantId: 't-1', actor: { kind: 'user', id: 'u-1' }, roles: [], propertyScope: 'ALL' },
      () => log.info('hello', { n: 1, err: new Error('boom') }),
    );
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]);
    expect(rec).toMatchObject({
      level: 'info',
      service: 'svc',
      component: 'relay',
      msg: 'hello',
      n: 1,
      tenantId: 't-1',
      actorId: 'u-1',
    });
    expect(rec.err.message).toBe('boom');
  });
});
