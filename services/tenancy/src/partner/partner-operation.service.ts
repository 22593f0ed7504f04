import { Database } from '@pm/db';
import { Principal } from '@pm/auth';
import { conflict, notFound, validationFailed } from '@pm/graphql';
import { systemContext } from '@pm/tenant-context';
import { PartnerClient } from './partner-client.entity';
import { PartnerOperation } from './partner-operation.entity';
import { MAX_DOCUMENTS, documentProblems, operationId } from './partner-operation.rules';

/** Registered operations of partner apps, and the gateway's view of a client (internal endpoint). */
export class PartnerOperationService {
  constructor(private db: Database) {}

  /**
   * Registers documents for the app and answers their ids in the order given. Registering a
   * document again answers the same id; nothing is written unless every document is valid.
   */
  async register(principal: Principal, clientId: string, documents: string[]): Promise<string[]> {
    if (!documents.length || documents.length > MAX_DOCUMENTS)
      throw validationFailed(`1–${MAX_DOCUMENTS} documents per call`, [
        { field: 'documents', message: `1–${MAX_DOCUMENTS} documents` },
      ]);
    const problems = documents.flatMap((d, i) => {
      const p = documentProblems(d);
      return p ? [{ field: `documents[${i}]`, message: p }] : [];
    });
    if (problems.length) throw validationFailed('a document cannot be registered', problems);
    const ids = documents.map(operationId);
    await this.db.tx(async (em) => {
      const client = await em.findOne(PartnerClient, { clientId });
      if (!client) throw notFound(`partner client ${clientId}`);
      if (client.revokedAt) throw conflict(`partner client ${clientId} is revoked`);
      const known = new Set(
        (await em.find(PartnerOperation, { clientId, operationId: { $in: ids } })).map((o) => o.operationId),
      );
      documents.forEach((document, i) => {
        if (known.has(ids[i])) return;
        known.add(ids[i]);
        em.create(PartnerOperation, { clientId, operationId: ids[i], document });
      });
      await em.flush();
    }, principal);
    return ids;
  }

  async setPersistedOnly(
    principal: Principal,
    clientId: string,
    persistedOnly: boolean,
  ): Promise<PartnerClient> {
    return this.db.tx(async (em) => {
      const client = await em.findOne(PartnerClient, { clientId });
      if (!client) throw notFound(`partner client ${clientId}`);
      client.persistedOnly = persistedOnly;
      await em.flush();
      return client;
    }, principal);
  }

  /** For the gateway: the client's mark (undefined: no such client of the tenant). */
  async clientInfo(tenantId: string, clientId: string): Promise<{ persistedOnly: boolean } | undefined> {
    const c = await this.db.tx((em) => em.findOne(PartnerClient, { clientId }), systemContext(tenantId));
    return c ? { persistedOnly: c.persistedOnly } : undefined;
  }

  async document(tenantId: string, clientId: string, id: string): Promise<string | undefined> {
    const op = await this.db.tx(
      (em) => em.findOne(PartnerOperation, { clientId, operationId: id }),
      systemContext(tenantId),
    );
    return op?.document;
  }
}
