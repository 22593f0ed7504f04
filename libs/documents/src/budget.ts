import { validationFailed } from '@pm/graphql';

/** Documents one GraphQL request may render (a list of 100 bills asking each for its notice is a batch). */
export const DOCUMENTS_PER_REQUEST = 20;

const spent = new WeakMap<object, number>();

/** Counts a document against the request's budget; past it the client is told to use printBatch. */
export function chargeDocument(requestContext: object, limit = DOCUMENTS_PER_REQUEST): void {
  const n = (spent.get(requestContext) ?? 0) + 1;
  spent.set(requestContext, n);
  if (n > limit)
    throw validationFailed(
      `at most ${limit} documents per request; print a month's notices with printBatch`,
      [{ field: 'document', message: `more than ${limit} in one request` }],
    );
}
