import { EntityManager } from '@mikro-orm/postgresql';
import { Database } from '@pm/db';
import { rateLimited, validationFailed } from '@pm/graphql';
import { JobHandler, ScheduledJob } from '@pm/jobs';
import { TenantContext, runWithTenant, systemContext } from '@pm/tenant-context';
import { Clock } from '@pm/time';
import { DocumentLink } from './graphql';
import { LinkClaims, MAX_LINK_TTL_MS, signLink } from '@pm/auth';
import { DocumentMeta, DocumentPage } from './model';
import { DocumentTooLargeError, RenderOptions, renderPdf } from './render';
import { StoredDocument } from './stored-document.entity';

export interface DocumentLimits {
  /** HMAC key of the links (DOCUMENT_LINK_SECRET), shared with the gateway. */
  linkSecret: string;
  /** How long a link (and the stored bytes) live; at most 10 minutes. */
  linkTtlMs: number;
  /** Largest single file. */
  maxBytes: number;
  /** Unexpired bytes one company may hold in this service at once. */
  tenantQuotaBytes: number;
  /** Documents rendered at the same time by this process (CPU and memory stay bounded). */
  concurrentRenders: number;
}

export const DOCUMENT_PURGE_JOB = 'documents.purge';
export const PDF = 'application/pdf';

/** A FIFO of render slots: the n+1-th render waits for one to finish. */
class Slots {
  private free: number;
  private waiting: (() => void)[] = [];
  constructor(n: number) {
    this.free = n;
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiting.push(r));
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

export interface NewDocument {
  kind: string;
  fileName: string;
  pages: DocumentPage[];
  meta: Omit<DocumentMeta, 'createdAt'>;
  onProgress?: RenderOptions['onProgress'];
}

/**
 * Renders, keeps and serves a service's documents. Each stored row is its company's (RLS), and a
 * link names the company, this service and the row under an HMAC, so a link can be opened
 * without a token and still only ever reaches the one file it was made for.
 */
export class DocumentStore {
  private slots: Slots;

  constructor(
    private db: Database,
    private clock: Clock,
    readonly service: string,
    readonly limits: DocumentLimits,
  ) {
    if (limits.linkTtlMs > MAX_LINK_TTL_MS) throw new Error('document links live at most 10 minutes');
    this.slots = new Slots(limits.concurrentRenders);
  }

  /** Renders the pages into one PDF, stores it and answers its signed link. */
  async create(ctx: TenantContext, d: NewDocument, origin: string): Promise<DocumentLink> {
    const bytes = await this.render(d);
    return this.save(ctx, { kind: d.kind, fileName: d.fileName, contentType: PDF, bytes }, origin);
  }

  async render(d: NewDocument): Promise<Buffer> {
    try {
      return await this.slots.run(() =>
        renderPdf(
          d.pages,
          { ...d.meta, createdAt: this.clock.now() },
          { maxBytes: this.limits.maxBytes, onProgress: d.onProgress },
        ),
      );
    } catch (e) {
      if (e instanceof DocumentTooLargeError)
        throw validationFailed(
          `the document would be larger than ${this.limits.maxBytes} bytes: print fewer at once`,
        );
      throw e;
    }
  }

  async save(
    ctx: TenantContext,
    f: { kind: string; fileName: string; contentType: string; bytes: Buffer },
    origin: string,
  ): Promise<DocumentLink> {
    return this.link(ctx.tenantId, await this.keep(ctx, f), origin);
  }

  /** Stores a rendered file until its links expire; refused past the company's quota. */
  async keep(
    ctx: TenantContext,
    f: { kind: string; fileName: string; contentType: string; bytes: Buffer },
  ): Promise<StoredDocument> {
    const now = this.clock.now();
    return this.db.tx(async (em) => {
      await em.nativeDelete(StoredDocument, { expiresAt: { $lte: now } });
      const held = await heldBytes(em, now);
      if (held + f.bytes.length > this.limits.tenantQuotaBytes)
        throw rateLimited('too many documents are waiting to be downloaded; try again in a few minutes', 60);
      const doc = em.create(StoredDocument, {
        kind: f.kind,
        fileName: f.fileName,
        contentType: f.contentType,
        byteSize: f.bytes.length,
        bytes: f.bytes,
        expiresAt: new Date(now.getTime() + this.limits.linkTtlMs),
        createdBy: ctx.actor.id ?? null,
      });
      await schedulePurge(em, doc.expiresAt);
      return doc;
    }, ctx);
  }

  link(
    tenantId: string,
    row: Pick<StoredDocument, 'id' | 'fileName' | 'contentType' | 'byteSize' | 'expiresAt'>,
    origin: string,
  ): DocumentLink {
    const token = signLink(this.limits.linkSecret, {
      tenantId,
      service: this.service,
      documentId: row.id,
      expiresAt: row.expiresAt,
    });
    return {
      fileName: row.fileName,
      contentType: row.contentType,
      byteSize: row.byteSize,
      url: `${origin}/documents/${token}`,
      expiresAt: new Date(Math.floor(row.expiresAt.getTime() / 1000) * 1000),
    };
  }

  /** The file a verified link names, read in its company's context (RLS): another company's id is absent. */
  async read(c: LinkClaims): Promise<StoredDocument | null> {
    const ctx = systemContext(c.tenantId);
    return runWithTenant(ctx, () =>
      this.db.tx(
        (em) =>
          em.findOne(
            StoredDocument,
            { id: c.documentId, expiresAt: { $gt: this.clock.now() } },
            { populate: ['bytes'] },
          ),
        ctx,
      ),
    );
  }
}

/** Unexpired bytes of the company; at most quota ÷ smallest file rows, so summed here. */
async function heldBytes(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.find(StoredDocument, { expiresAt: { $gt: now } }, { fields: ['byteSize'] });
  return rows.reduce((s, r) => s + r.byteSize, 0);
}

/** One pending purge per company; it runs again while documents remain (see documentPurgeJob). */
async function schedulePurge(em: EntityManager, at: Date): Promise<void> {
  const pending = await em.findOne(ScheduledJob, { singletonKey: DOCUMENT_PURGE_JOB, status: 'PENDING' });
  if (pending) {
    if (pending.runAt > at) pending.runAt = at;
    return;
  }
  em.create(ScheduledJob, {
    kind: DOCUMENT_PURGE_JOB,
    runAt: at,
    payload: {},
    singletonKey: DOCUMENT_PURGE_JOB,
  });
}

/** Deletes the company's expired documents; comes back at the next expiry while any remain. */
export function documentPurgeJob(): JobHandler {
  return async (em, _payload, { now }) => {
    await em.nativeDelete(StoredDocument, { expiresAt: { $lte: now } });
    const next = await em.findOne(
      StoredDocument,
      {},
      { orderBy: { expiresAt: 'asc' }, fields: ['expiresAt'] },
    );
    return next ? { rerunAt: next.expiresAt } : undefined;
  };
}
