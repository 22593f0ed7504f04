import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { UserManager } from 'oidc-client-ts';

/** Every request carries the current access token; oidc-client-ts renews it before it expires. */
export function apolloClient(gatewayUrl: string, users: UserManager): ApolloClient {
  const auth = new SetContextLink(async (prev) => {
    const user = await users.getUser();
    return {
      headers: { ...prev.headers, ...(user ? { authorization: `Bearer ${user.access_token}` } : {}) },
    };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: gatewayUrl })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
