import { EntityManager } from '@mikro-orm/postgresql';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { requireTenant } from '@pm/tenant-context';
import { ArchiveDocumentContent } from './archive.entity';

/**
 * Where archive documents' bytes live; their metadata stays in archive_documents. Every call
 * runs inside the transaction that reads or records the document, with the tenant's context:
 * the PostgreSQL store writes in that transaction (a document and its bytes commit together),
 * an external store files the object under the tenant's prefix.
 */
export interface FileStore {
  put(em: EntityManager, key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes of a document of the current tenant; throws when they are missing. */
  get(em: EntityManager, key: string): Promise<Buffer>;
  /** In the transaction that destroys the documents: the PostgreSQL store deletes its rows there. */
  discard(em: EntityManager, keys: string[]): Promise<void>;
  /** After that transaction committed: an external store deletes the objects (never before). */
  purge(tenantId: string, keys: string[]): Promise<void>;
}

/** Keys are generated (`<archive id>/<document id>`), never user input; anything else is a bug. */
function checked(key: string): string {
  if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`bad storage key ${key}`);
  return key;
}

/**
 * The default: a bytea table in this service's database (archive_document_contents), under the
 * tenant filter and row-level security like every tenant table, and in the same backups. Fits
 * the document volumes of a small installation; larger ones use an S3-compatible store.
 */
export class PostgresFileStore implements FileStore {
  async put(em: EntityManager, key: string, bytes: Buffer, contentType: string): Promise<void> {
    em.create(ArchiveDocumentContent, { storageKey: checked(key), bytes, contentType });
  }

  async get(em: EntityManager, key: string): Promise<Buffer> {
    const row = await em.findOne(ArchiveDocumentContent, { storageKey: checked(key) });
    if (!row) throw new Error(`archive document ${key} has no stored content`);
    return Buffer.from(row.bytes);
  }

  async discard(em: EntityManager, keys: string[]): Promise<void> {
    if (keys.length)
      await em.nativeDelete(ArchiveDocumentContent, { storageKey: { $in: keys.map(checked) } });
  }

  async purge(): Promise<void> {
    // deleted with the transaction that destroyed the documents
  }
}

export interface S3StoreOptions {
  bucket: string;
  region: string;
  /** Empty: AWS's endpoint for the region. MinIO, OSS, COS: their URL. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Empty: the SDK's default credential chain. */
  accessKeyId?: string;
  secretAccessKey?: string;
}

/**
 * Any S3-compatible store (AWS S3, MinIO, Aliyun OSS, Tencent COS). Objects are named
 * `<tenant id>/<archive id>/<document id>` with the tenant id from the verified context, so a key
 * of one tenant never reads another's object even if a metadata row were wrong. A put inside a
 * transaction that then rolls back leaves an unreferenced object (harmless; a bucket lifecycle
 * rule may sweep them); a delete happens only after the destroying transaction committed.
 */
export class S3FileStore implements FileStore {
  private readonly s3: S3Client;

  constructor(private readonly o: S3StoreOptions) {
    if (!o.bucket) throw new Error('ARCHIVE_STORE=s3 needs ARCHIVE_S3_BUCKET');
    this.s3 = new S3Client({
      region: o.region,
      endpoint: o.endpoint || undefined,
      forcePathStyle: o.forcePathStyle,
      credentials:
        o.accessKeyId && o.secretAccessKey
          ? { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey }
          : undefined,
    });
  }

  private objectKey(tenantId: string, key: string): string {
    return `${tenantId}/${checked(key)}`;
  }

  async put(_em: EntityManager, key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.o.bucket,
        Key: this.objectKey(requireTenant().tenantId, key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(_em: EntityManager, key: string): Promise<Buffer> {
    try {
      const r = await this.s3.send(
        new GetObjectCommand({ Bucket: this.o.bucket, Key: this.objectKey(requireTenant().tenantId, key) }),
      );
      return Buffer.from(await r.Body!.transformToByteArray());
    } catch (e) {
      if (e instanceof NoSuchKey) throw new Error(`archive document ${key} has no stored content`);
      throw e;
    }
  }

  async discard(): Promise<void> {
    // objects go after the commit (purge), so a rolled-back disposal loses nothing
  }

  async purge(tenantId: string, keys: string[]): Promise<void> {
    // DeleteObjects takes at most 1,000 keys per call.
    for (let i = 0; i < keys.length; i += 1000) {
      const r = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.o.bucket,
          Delete: {
            Objects: keys.slice(i, i + 1000).map((k) => ({ Key: this.objectKey(tenantId, k) })),
            Quiet: true,
          },
        }),
      );
      if (r.Errors?.length)
        throw new Error(`could not delete ${r.Errors.length} archive objects: ${r.Errors[0].Message}`);
    }
  }

  close(): void {
    this.s3.destroy();
  }
}
