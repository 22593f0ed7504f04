import { Principal } from '@pm/auth';
import { PartnerSource, PersistedOperations, persistedIdOf } from './persisted';

const ID = 'a'.repeat(64);
const app = {
  tenantId: 't',
  actor: { kind: 'partner', id: 'sa' },
  clientId: 'partner-1',
  roles: [],
  propertyScope: 'ALL',
} as unknown as Principal;
const staff = { ...app, actor: { kind: 'user', id: 'u' }, clientId: 'pm-console' } as Principal;

function source(persistedOnly: boolean) {
  const calls = { client: 0, document: 0 };
  const s: PartnerSource = {
    client: async () => (calls.client++, { persistedOnly }),
    document: async (_t, clientId, id) => (
      calls.document++,
      clientId === 'partner-1' && id === ID ? '{ me { roles } }' : undefined
    ),
  };
  return { s, calls };
}
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e) => e.extensions.code,
  );

describe('registered partner operations at the gateway', () => {
  it('reads the id of a request without a query, in both shapes', () => {
    expect(persistedIdOf({ id: ID })).toBe(ID);
    expect(persistedIdOf({ extensions: { persistedQuery: { version: 1, sha256Hash: ID } } })).toBe(ID);
    expect(persistedIdOf({ query: '{ me { roles } }', id: ID })).toBeUndefined();
    expect(persistedIdOf('{ me }')).toBeUndefined();
  });

  it('a persisted-only app runs only registered ids; the mark and documents are cached', async () => {
    const { s, calls } = source(true);
    const ops = new PersistedOperations(s);
    expect(await ops.resolve(app, ID)).toBe('{ me { roles } }');
    expect(await ops.resolve(app, ID)).toBe('{ me { roles } }');
    expect(calls.document).toBe(1);
    expect(await code(ops.resolve(app, undefined))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(await code(ops.resolve(app, 'b'.repeat(64)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await code(ops.resolve(app, 'not-a-hash'))).toBe('PERSISTED_QUERY_NOT_FOUND');
    await code(ops.resolve(app, undefined));
    expect(calls.client).toBe(1);
  });

  it('staff never run by id and never ask about partner marks', async () => {
    const { s, calls } = source(true);
    const ops = new PersistedOperations(s);
    expect(await ops.resolve(staff, undefined)).toBeUndefined();
    expect(await code(ops.resolve(staff, ID))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(calls).toEqual({ client: 0, document: 0 });
  });

  it('an app that is not persisted-only runs ad-hoc operations too', async () => {
    const ops = new PersistedOperations(source(false).s);
    expect(await ops.resolve(app, undefined)).toBeUndefined();
  });
});
