#!/usr/bin/env node
// `npm run dlq -- list | show <id> | replay <id|--all> | drop <id>`: the dead letters.
// A consumer parks a message on pm.dlq.<consumer> (stream PM_DLQ) when it fails its contract, or
// its handler rejected it N times; infrastructure errors are never dead-lettered. The id is the
// message's sequence in PM_DLQ.
//
// replay republishes the original message, unchanged (the same envelope, so the same event id),
// to its original subject, then removes it from the dead letters. Every consumer of that subject
// receives it again; those that applied it already find it in their inbox and skip it, so a
// replay never doubles an effect. Connects as the operator user (deploy/nats/accounts.cjs).
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { connect, headers: natsHeaders, StringCodec } = require('nats');

const STREAM = 'PM_DLQ';
const sc = StringCodec();
const [cmd = 'list', arg] = process.argv.slice(2);
const usage = 'usage: npm run dlq -- list [max] | show <id> | replay <id|--all> | drop <id>';

const nc = await connect({
  servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4223',
  user: process.env.NATS_ADMIN_USER || 'pm-admin',
  pass: process.env.NATS_PASSWORD_PM_ADMIN || 'pm-dev-nats-pm-admin',
});
const jsm = await nc.jetstreamManager();
const js = nc.jetstream();

async function state() {
  try {
    return (await jsm.streams.info(STREAM)).state;
  } catch {
    return null;
  }
}

async function get(seq) {
  try {
    return await jsm.streams.getMessage(STREAM, { seq });
  } catch {
    return null;
  }
}

function describe(m) {
  let env = {};
  try {
    env = JSON.parse(sc.decode(m.data));
  } catch {
    // not JSON: shown as such
  }
  const h = (k) => m.header?.get(k) || undefined;
  return {
    id: m.seq,
    at: m.time.toISOString(),
    consumer: h('Pm-Consumer') ?? m.subject.replace(/^pm\.dlq\./, ''),
    subject: h('Pm-Original-Subject'),
    reason: h('Pm-Dead-Reason'),
    attempts: h('Pm-Attempts'),
    event: { type: env.type, id: env.id, tenantId: env.tenantId },
    envelope: env,
  };
}

async function all() {
  const s = await state();
  const out = [];
  if (!s || s.messages === 0) return out;
  for (let seq = s.first_seq; seq <= s.last_seq; seq++) {
    const m = await get(seq);
    if (m) out.push(m);
  }
  return out;
}

async function replay(m) {
  const d = describe(m);
  if (!d.subject) throw new Error(`#${m.seq} has no Pm-Original-Subject header: cannot replay`);
  // The original headers as they were (the consumer kept them), without the dead-letter ones:
  // a replay neither repairs nor forges anything the consumer checks.
  const h = natsHeaders();
  for (const [k, vs] of m.header ?? []) {
    if (/^(nats-|pm-dead-|pm-original-|pm-consumer$|pm-attempts$|pm-event-id$)/i.test(k)) continue;
    for (const v of vs) h.append(k, v);
  }
  // A message id of its own: the original's (the event id) is inside the duplicate window of
  // the domain stream for two minutes and would be dropped as a duplicate.
  await js.publish(d.subject, m.data, { headers: h, msgID: `replay-${STREAM}-${m.seq}` });
  await jsm.streams.deleteMessage(STREAM, m.seq);
  console.log(`replayed #${m.seq} (${d.event.type} ${d.event.id}) to ${d.subject}`);
}

const seqOf = (v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`not a dead-letter id: ${v}\n${usage}`);
  return n;
};

async function one(v) {
  const m = await get(seqOf(v));
  if (!m) throw new Error(`no dead letter #${v}`);
  return m;
}

try {
  if (cmd === 'list') {
    const max = Number(arg ?? 100);
    const s = await state();
    const msgs = await all();
    console.log(`${s?.messages ?? 0} dead-lettered message(s) in ${STREAM}`);
    for (const m of msgs.slice(-max)) {
      const d = describe(m);
      console.log(
        `#${d.id} ${d.at} ${d.consumer}  ${d.event.type} ${d.event.id} tenant ${d.event.tenantId}\n    reason: ${d.reason}${d.attempts ? ` (attempts ${d.attempts})` : ''}  from ${d.subject}`,
      );
    }
  } else if (cmd === 'show') {
    const d = describe(await one(arg));
    console.log(JSON.stringify(d, null, 2));
  } else if (cmd === 'replay') {
    if (arg === '--all') {
      const msgs = await all();
      for (const m of msgs) await replay(m);
      console.log(`${msgs.length} replayed`);
    } else await replay(await one(arg));
  } else if (cmd === 'drop') {
    const m = await one(arg);
    await jsm.streams.deleteMessage(STREAM, m.seq);
    console.log(`dropped #${m.seq}`);
  } else {
    throw new Error(usage);
  }
} catch (e) {
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await nc.close();
}
