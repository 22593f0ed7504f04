import { mkdtempSync, rmSync } from 'fs';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import { Client } from 'pg';
import S3rver from 's3rver';
import { Database, uuidv7 } from '@pm/db';
import { testDatabaseUrl } from '@pm/testing';
import { systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import { FileStore, PostgresFileStore, S3FileStore } from '../src/archive/file-store';

/**
 * Both archive stores behind the one interface, against the real thing: the PostgreSQL store on
 * the service's test database as pm_app (row-level security applies), the S3 store against a
 * local S3-compatible server (s3rver, started here on a free loopback port).
 */
jest.setTimeout(60_000);

const A = uuidv7();
const B = uuidv7();
const key = () => `${uuidv7()}/${uuidv7()}`;
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)),
]);

let db: Database;
let owner: Client;
let s3dir: string;
let s3server: S3rver;
let s3: S3FileStore;

beforeAll(async () => {
  db = await Database.connect({ clientUrl: testDatabaseUrl('customers', 'app'), entities });
  owner = new Client({ connectionString: testDatabaseUrl('customers') });
  await owner.connect();
  s3dir = mkdtempSync(path.join(tmpdir(), 'pm-s3rver-'));
  s3server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: 'pm-archives', configs: [] }],
  });
  const { port } = (await s3server.run()) as AddressInfo;
  s3 = new S3FileStore({
    bucket: 'pm-archives',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    // s3rver's fixed credentials
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  });
});

afterAll(async () => {
  s3?.close();
  await s3server?.close();
  if (s3dir) rmSync(s3dir, { recursive: true, force: true });
  await owner?.query(`delete from archive_document_contents where tenant_id = any($1)`, [[A, B]]);
  await owner?.end();
  await db?.close();
});

const as = <T>(tenant: string, fn: (em: Parameters<Parameters<Database['tx']>[0]>[0]) => Promise<T>) =>
  db.tx(fn, systemContext(tenant));

describe.each<[string, () => FileStore]>([
  ['PostgreSQL (default)', () => new PostgresFileStore()],
  ['S3-compatible (s3rver)', () => s3],
])('archive file store: %s', (_name, store) => {
  it('keeps the bytes exactly, for the tenant that stored them only', async () => {
    const k = key();
    await as(A, (em) => store().put(em, k, pdf, 'application/pdf'));
    expect(Buffer.compare(await as(A, (em) => store().get(em, k)), pdf)).toBe(0);
    // Another tenant with the same key finds nothing: RLS for the table, the tenant prefix for objects.
    await expect(as(B, (em) => store().get(em, k))).rejects.toThrow(/no stored content/);
  });

  it('destroys the bytes with the disposal and only after it committed', async () => {
    const [k1, k2] = [key(), key()];
    for (const k of [k1, k2]) await as(A, (em) => store().put(em, k, pdf, 'application/pdf'));
    // A disposal that rolls back loses nothing.
    await expect(
      as(A, async (em) => {
        await store().discard(em, [k1]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await as(A, (em) => store().get(em, k1))).length).toBe(pdf.length);
    await as(A, (em) => store().discard(em, [k1]));
    await store().purge(A, [k1]);
    await expect(as(A, (em) => store().get(em, k1))).rejects.toThrow(/no stored content/);
    expect((await as(A, (em) => store().get(em, k2))).length).toBe(pdf.length);
  });

  it('refuses a key that is not <archive id>/<document id>', async () => {
    await expect(as(A, (em) => store().put(em, '../etc/passwd', pdf, 'application/pdf'))).rejects.toThrow(
      /bad storage key/,
    );
  });
});

it('the PostgreSQL store writes in the transaction of the document: a rollback leaves no bytes', async () => {
  const k = key();
  await expect(
    as(A, async (em) => {
      await new PostgresFileStore().put(em, k, pdf, 'application/pdf');
      await em.flush();
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  const n = await owner.query(
    'select count(*)::int as n from archive_document_contents where storage_key = $1',
    [k],
  );
  expect(n.rows[0].n).toBe(0);
  // And its rows carry RLS: pm_app without a tenant sees none of them.
  const rls = await owner.query(
    `select relrowsecurity and relforcerowsecurity as on from pg_class where relname = 'archive_document_contents'`,
  );
  expect(rls.rows[0].on).toBe(true);
});
