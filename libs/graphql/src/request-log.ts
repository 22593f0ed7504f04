import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Logger } from '@pm/observability';

/** One line per operation: name, type, duration and error codes — what an on-call engineer greps for. */
export function requestLogPlugin<C extends BaseContext>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, errors }) {
          const codes = errors?.map((e) => e.extensions?.code ?? 'INTERNAL');
          const fields = {
            operationName: request.operationName ?? null,
            operation: operation?.operation ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            ...(codes?.length ? { errors: codes } : {}),
          };
          if (codes?.includes('INTERNAL')) log.warn('graphql request', fields);
          else log.info('graphql request', fields);
        },
      };
    },
  };
}
