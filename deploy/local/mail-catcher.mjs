// The local stack's SMTP catcher: Keycloak's e-mails (set-password links of invited staff) are
// accepted from anyone on 127.0.0.1, never delivered, and saved under <PM_STATE_DIR>/mail as
// <time>-<id>.eml (as received) and .json (from, to, subject, text, html, links).
// `npm run mail` lists them. Started by deploy/local/infra.mjs like the other local services.
//
//   node deploy/local/mail-catcher.mjs <dir> [port]
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const dir = process.argv[2];
const port = Number(process.argv[3] ?? process.env.SMTP_PORT ?? 2525);
if (!dir) {
  console.error('usage: mail-catcher.mjs <dir> [port]');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true });

const addresses = (a) =>
  a ? (Array.isArray(a) ? a : [a]).flatMap((x) => x.value.map((v) => v.address)) : [];

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // A message bigger than any e-mail Keycloak sends is refused, so the disk cannot be filled.
  size: 5 * 1024 * 1024,
  onAuth: (_auth, _session, cb) => cb(null, { user: 'local' }),
  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', async () => {
      try {
        const raw = Buffer.concat(chunks);
        const mail = await simpleParser(raw);
        const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
        const text = mail.text ?? '';
        const html = typeof mail.html === 'string' ? mail.html : '';
        const links = [
          ...new Set(
            [...(text + ' ' + html).matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) =>
              m[0].replace(/&amp;/g, '&'),
            ),
          ),
        ];
        fs.writeFileSync(path.join(dir, `${id}.eml`), raw);
        fs.writeFileSync(
          path.join(dir, `${id}.json`),
          JSON.stringify(
            {
              id,
              receivedAt: new Date().toISOString(),
              from: addresses(mail.from)[0] ?? session.envelope.mailFrom?.address,
              to: [...new Set([...addresses(mail.to), ...session.envelope.rcptTo.map((r) => r.address)])],
              subject: mail.subject ?? '',
              text,
              html,
              links,
            },
            null,
            2,
          ),
        );
        cb();
      } catch (err) {
        cb(err);
      }
    });
  },
});
server.on('error', (err) => console.error('smtp catcher:', err.message));
server.listen(port, '127.0.0.1', () => console.log(`smtp catcher on 127.0.0.1:${port}, saving to ${dir}`));
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
