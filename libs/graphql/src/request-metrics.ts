import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';

/** What the request metrics need from Apollo's view of a request. */
export interface RequestSeen {
  operationName?: string;
  codes?: unknown[];
}

/**
 * Where the holder rides on the request's context. Apollo hands plugins a shallow copy of the
 * context, so the holder (an object) is reached through a property, not the context's identity.
 */
export const REQUEST_SEEN = Symbol('pm.requestSeen');

/**
 * Hands the operation's name and error codes to the HTTP server, which records the request
 * (it also sees the requests refused before Apollo: token, limits, body) with its full time.
 */
export function requestMetricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ request, operation, document, errors }) {
          const s = (contextValue as { [REQUEST_SEEN]?: RequestSeen })[REQUEST_SEEN];
          if (!s) return;
          // An operation that failed validation was parsed but not resolved: its document names it.
          const ops = document?.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) ?? [];
          s.operationName =
            request.operationName ??
            operation?.name?.value ??
            (ops.length === 1 ? (ops[0] as OperationDefinitionNode).name?.value : undefined);
          s.codes = errors?.map((e) => e.extensions?.code);
        },
      };
    },
  };
}
