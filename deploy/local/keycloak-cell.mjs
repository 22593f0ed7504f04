#!/usr/bin/env node
// A second Keycloak cell for tests (gateway/test/two-cells.test.ts), which cannot import ESM:
//   node deploy/local/keycloak-cell.mjs start <dir> [heap]   → prints {"url":…,"pid":…} on its last line
//   node deploy/local/keycloak-cell.mjs stop <dir>
import { startPrivateKeycloak, stopPrivateKeycloak } from './infra.mjs';

const [cmd, dir, heap] = process.argv.slice(2);
if (!dir || !['start', 'stop'].includes(cmd)) {
  console.error('usage: keycloak-cell.mjs start|stop <dir> [heap]');
  process.exit(2);
}
if (cmd === 'stop') await stopPrivateKeycloak(dir);
else {
  const kc = await startPrivateKeycloak({ dir, heap, log: (l) => console.error(l) });
  console.log(JSON.stringify({ url: kc.url, pid: kc.pid }));
}
