/** Where the console finds the platform; served beside it as /config.json, so one build fits every deployment. */
export interface ConsoleConfig {
  gatewayUrl: string;
  keycloakUrl: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const r = await fetch('/config.json', { cache: 'no-store' });
  if (!r.ok) throw new Error(`/config.json answered ${r.status}`);
  return (await r.json()) as ConsoleConfig;
}
