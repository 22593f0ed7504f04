import { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** What the request metrics need from Apollo's view of a request. */
export interface RequestSeen {
  operationName?: string;
  codes?: unknown[];
}

/**
 * Hands the operation's name and error codes to the HTTP server, which records the request
 * (it also sees the requests refused before Apollo: token, limits, body) with its full time.
 */
export function requestMetricsPlugin<C extends BaseContext>(
  seen: WeakMap<object, RequestSeen>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ request, operation, errors }) {
          const s = seen.get(contextValue as object);
          if (!s) return;
          s.operationName = request.operationName ?? operation?.name?.value;
          s.codes = errors?.map((e) => e.extensions?.code);
        },
      };
    },
  };
}
