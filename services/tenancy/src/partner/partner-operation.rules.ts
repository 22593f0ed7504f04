import { createHash } from 'crypto';
import { Kind, OperationTypeNode, parse } from 'graphql';

/** The id of a registered operation: the SHA-256 of its document, as the partner sent it. */
export const operationId = (document: string) => createHash('sha256').update(document, 'utf8').digest('hex');

/** Documents per call and bytes per document (the gateway's limits still apply when they run). */
export const MAX_DOCUMENTS = 100;
export const MAX_DOCUMENT_BYTES = 20_000;

/**
 * A registrable document: it parses and holds exactly one query or mutation (so its id names one
 * operation). Whether its fields exist is checked when it runs, against the supergraph of the day.
 */
export function documentProblems(document: string): string | undefined {
  if (!document.trim()) return 'is empty';
  if (Buffer.byteLength(document, 'utf8') > MAX_DOCUMENT_BYTES) return `is over ${MAX_DOCUMENT_BYTES} bytes`;
  let ops;
  try {
    ops = parse(document).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch (e) {
    return `does not parse: ${(e as Error).message}`;
  }
  if (ops.length !== 1) return 'must hold exactly one operation';
  if (ops[0].kind === Kind.OPERATION_DEFINITION && ops[0].operation === OperationTypeNode.SUBSCRIPTION)
    return 'subscriptions are not served';
  return undefined;
}
