import { backoffMs, classifyError } from './failure';

const pg = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const node = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('classifyError: what a consumer retries for ever and what it may dead-letter', () => {
  it.each([
    ['connection refused', node('ECONNREFUSED')],
    ['connection reset', node('ECONNRESET')],
    ['timed out', node('ETIMEDOUT')],
    ['pg connection terminated', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['knex tx on a dead connection', new Error('Transaction query already complete, run with DEBUG=knex:tx')],
    [
      'pg client broken',
      new Error('COMMIT; - Client has encountered a connection error and is not queryable'),
    ],
    ['knex acquire timeout', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['serialization failure 40001', pg('40001', 'could not serialize access due to concurrent update')],
    ['deadlock 40P01', pg('40P01', 'deadlock detected')],
    ['too many connections 53300', pg('53300', 'sorry, too many clients already')],
    ['admin shutdown 57P01', pg('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown 57P02', pg('57P02')],
    ['cannot connect now 57P03', pg('57P03', 'the database system is starting up')],
    ['connection failure 08006', pg('08006')],
    ['statement timeout 57014', pg('57014', 'canceling statement due to statement timeout')],
    ['lock not available 55P03', pg('55P03')],
    ['MikroORM connection exception', Object.assign(new Error('x'), { name: 'ConnectionException' })],
    ['MikroORM deadlock', Object.assign(new Error('x'), { name: 'DeadlockException' })],
    ['wrapped', Object.assign(new Error('query failed'), { cause: node('ECONNREFUSED') })],
    ['aggregate', Object.assign(new AggregateError([node('ECONNREFUSED')], 'all attempts failed'))],
    ['nats timeout', Object.assign(new Error('TIMEOUT'), { code: 'TIMEOUT' })],
  ])('%s → infrastructure', (_, e) => expect(classifyError(e)).toBe('infrastructure'));

  it.each([
    ['a handler check', new Error('unit 42 is not in this property')],
    ['unique violation 23505', pg('23505', 'duplicate key value violates unique constraint')],
    ['not null 23502', pg('23502')],
    ['invalid text 22P02', pg('22P02', 'invalid input syntax for type uuid')],
    ['RLS 42501', pg('42501', 'new row violates row-level security policy')],
    ['a string', 'oops'],
    ['nothing', undefined],
  ])('%s → domain', (_, e) => expect(classifyError(e)).toBe('domain'));

  it('backs off exponentially up to the cap', () => {
    for (let a = 0; a < 40; a++) {
      const d = backoffMs(a, 1000, 60_000);
      expect(d).toBeGreaterThanOrEqual(Math.min(1000 * 2 ** a, 60_000) * 0.8 - 1);
      expect(d).toBeLessThanOrEqual(60_000 * 1.2);
    }
  });
});
