import { mkdir, readFile, rm, writeFile } from 'fs/promises';
import path from 'path';

/** Where archive documents' bytes live; metadata stays in archive_documents. */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

/** Default: a directory on local disk (ARCHIVE_DIR). Keys are generated ids, never user input. */
export class LocalDiskStore implements FileStore {
  constructor(private dir: string) {}

  private file(key: string): string {
    if (!/^[0-9a-f-]+\/[0-9a-f-]+$/.test(key)) throw new Error(`bad storage key ${key}`);
    return path.join(this.dir, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const f = this.file(key);
    await mkdir(path.dirname(f), { recursive: true });
    await writeFile(f, bytes);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

/** The S3-compatible store is an interface point only for now: every call says so clearly. */
export class S3Store implements FileStore {
  constructor(private endpoint: string) {}

  private notImplemented(): never {
    throw new Error(
      `NOT_IMPLEMENTED: the S3-compatible archive store (${this.endpoint}) is not implemented yet; use ARCHIVE_STORE=local`,
    );
  }

  put(): Promise<void> {
    return this.notImplemented();
  }

  get(): Promise<Buffer> {
    return this.notImplemented();
  }

  remove(): Promise<void> {
    return this.notImplemented();
  }
}
