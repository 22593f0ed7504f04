#!/usr/bin/env node
// `npm run dlq`: lists dead-lettered events (after N failed attempts a consumer parks the
// message on pm.dlq.<consumer>) with the reason, so an operator can see and replay them.
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { connect, StringCodec } = require('nats');

const nc = await connect({
  servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4223',
  // The operator's user (deploy/nats/accounts.cjs); the local default password unless set.
  user: 'pm-admin',
  pass: process.env.NATS_PASSWORD_PM_ADMIN || 'pm-dev-nats-pm-admin',
});
const jsm = await nc.jetstreamManager();
const sc = StringCodec();
let info;
try {
  info = await jsm.streams.info('PM_DLQ');
} catch {
  console.log('no dead-letter stream yet (PM_DLQ): nothing was dead-lettered');
  await nc.close();
  process.exit(0);
}
const { first_seq: first, last_seq: last, messages } = info.state;
console.log(`${messages} dead-lettered message(s) in PM_DLQ`);
const limit = Number(process.argv[2] ?? 50);
for (let seq = Math.max(first, last - limit + 1); seq <= last && messages > 0; seq++) {
  try {
    const m = await jsm.streams.getMessage('PM_DLQ', { seq });
    const env = JSON.parse(sc.decode(m.data));
    console.log(
      `#${seq} ${m.time.toISOString()} ${m.subject}  event ${env.type} ${env.id} tenant ${env.tenantId}\n    reason: ${m.header?.get('Pm-Dead-Reason')}  (from ${m.header?.get('Pm-Original-Subject')})`,
    );
  } catch {
    // deleted or purged sequence
  }
}
await nc.close();
