#!/usr/bin/env node
// Writes deploy/.env for `docker compose -f deploy/compose.yaml up`: a random value for every
// variable compose.yaml requires (`${NAME:?...}`, the secrets, which have no default there).
// Values already in deploy/.env are kept, so running it again changes nothing.
//
//   node deploy/compose-env.mjs            # create or complete deploy/.env
//   node deploy/compose-env.mjs --print    # only list the required names
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const compose = readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
export const required = [...new Set([...compose.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]))].sort();

if (process.argv.includes('--print')) {
  console.log(required.join('\n'));
} else {
  const file = path.join(dir, '.env');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const have = new Set([...text.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
  const added = required.filter((name) => !have.has(name));
  const lines = added.map((name) => `${name}=${randomBytes(24).toString('hex')}`);
  if (lines.length)
    writeFileSync(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, {
      mode: 0o600,
    });
  console.log(
    added.length
      ? `deploy/.env: added ${added.join(', ')}`
      : `deploy/.env: all ${required.length} secrets already set`,
  );
}
