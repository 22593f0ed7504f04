import { Env, loadConfig, subgraphSpec } from '@pm/config';

export const webhooksSpec = {
  ...subgraphSpec('webhooks', 4006),
};

export type WebhooksConfig = ReturnType<typeof loadWebhooksConfig>;

export function loadWebhooksConfig(env: Env = process.env) {
  return loadConfig(webhooksSpec, env);
}
