// `npm run mail`: what the local SMTP catcher caught (newest last).
//   npm run mail               list: time, recipient, subject
//   npm run mail -- show <n>   one mail's text and links (n from the list; -1 = the newest)
//   npm run mail -- clear      remove them all
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(process.env.PM_STATE_DIR ?? path.join(root, '.pm-local'), 'mail');
const mails = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
  : [];
const [cmd = 'list', arg] = process.argv.slice(2);

if (cmd === 'list') {
  if (!mails.length) console.log(`no mail in ${dir}`);
  mails.forEach((m, i) =>
    console.log(`${String(i).padStart(3)}  ${m.receivedAt}  ${m.to.join(', ')}  ${m.subject}`),
  );
} else if (cmd === 'show') {
  const i = Number(arg ?? -1);
  const m = mails.at(i);
  if (!m) {
    console.error(`no mail ${arg}`);
    process.exit(1);
  }
  console.log(
    `From: ${m.from}\nTo: ${m.to.join(', ')}\nSubject: ${m.subject}\nDate: ${m.receivedAt}\n\n${m.text}`,
  );
  if (m.links.length) console.log(`\nLinks:\n${m.links.map((l) => `  ${l}`).join('\n')}`);
} else if (cmd === 'clear') {
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) fs.rmSync(path.join(dir, f));
  console.log(`cleared ${dir}`);
} else {
  console.error('usage: npm run mail [-- list | show <n> | clear]');
  process.exit(2);
}
