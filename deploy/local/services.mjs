// The deployables `npm start` runs, in start order, with their local ports: the service manifest
// (libs/contracts/src/services.json), read as plain JSON so it works before anything is built.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../../libs/contracts/src/services.json', import.meta.url), 'utf8'),
);

export const SERVICES = manifest.services.map(({ name, port }) => ({
  name,
  port,
  entry: `services/${name}/dist/main.js`,
  migrate: `services/${name}/dist/migrate.js`,
}));
export const GATEWAY = { name: 'gateway', port: manifest.gateway.port, entry: 'gateway/dist/main.js' };
/** The staff console's static server (web/console/dist); `npm start` builds the console first. */
export const CONSOLE = { name: 'console', port: 4100, entry: 'deploy/local/console-server.cjs' };
