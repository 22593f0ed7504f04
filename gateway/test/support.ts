import { signInternal } from '@pm/auth';
import { loadGatewayConfig } from '../src/config';

export { codes, gql } from '@pm/testing';

/** Signs like the gateway does, to reach a subgraph directly in tests. */
export const signInternalForTest = (authorization: string) =>
  signInternal(loadGatewayConfig().internalSecret, authorization);
