import { testDatabaseUrl } from '@pm/testing';
import { systemContext } from '@pm/tenant-context';
import { Database, q, uuidv7 } from '../src';

describe('per-transaction statement timeout', () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.connect({
      clientUrl: testDatabaseUrl('tenancy', 'app'),
      entities: [],
      statementTimeoutMs: 300,
    });
  });
  afterAll(() => db?.close());

  it('cancels a runaway statement with query_canceled, then the connection is clean again', async () => {
    const ctx = systemContext(uuidv7());
    const t0 = Date.now();
    const err = await db.tx((em) => q(em, 'select pg_sleep(5)'), ctx).catch((e) => e);
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(String(err.code ?? err.previous?.code ?? err.cause?.code)).toBe('57014');
    // SET LOCAL ended with the transaction: a connection back in the pool has no timeout left.
    const [row] = await db.orm.em.fork().getConnection().execute('show statement_timeout');
    expect(row.statement_timeout).toBe('0');
    const [inTx] = await db.tx((em) => q(em, 'show statement_timeout'), ctx);
    expect(inTx.statement_timeout).toBe('300ms');
  });
});
