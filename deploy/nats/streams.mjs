#!/usr/bin/env node
// `npm run streams`: creates or updates the platform's JetStream streams (one per domain of the
// service manifest, plus the dead letters; deploy/nats/streams.json documents them) as the
// operator user. Services never create streams: they wait at start until theirs exist, so a
// stream's limits are the operator's to set, in one place. `npm start` and `npm test` run this
// after their NATS server is up; a deployment runs it as a step before the services (needs the
// built libs: `npx tsc -b`).
//   NATS_URL (default nats://127.0.0.1:4223), NATS_ADMIN_USER (pm-admin), NATS_PASSWORD_PM_ADMIN
import { createRequire } from 'module';
import path from 'path';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Applies every stream's config; answers the stream names. */
export async function provisionStreams({
  url = process.env.NATS_URL ?? 'nats://127.0.0.1:4223',
  user = process.env.NATS_ADMIN_USER || 'pm-admin',
  pass = process.env.NATS_PASSWORD_PM_ADMIN || 'pm-dev-nats-pm-admin',
} = {}) {
  const { connect } = require('nats');
  const { ensureStreams } = require(path.join(ROOT, 'libs/events/dist/index.js'));
  const { Streams, streamName } = require(path.join(ROOT, 'libs/contracts/dist/index.js'));
  const nc = await connect({ servers: url, user, pass });
  try {
    await ensureStreams(nc);
    return Object.keys(Streams).map(streamName);
  } finally {
    await nc.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  provisionStreams()
    .then((names) => console.log(`streams ready: ${names.join(', ')}`))
    .catch((e) => {
      console.error(`could not provision the streams: ${e.message}`);
      process.exit(1);
    });
}
