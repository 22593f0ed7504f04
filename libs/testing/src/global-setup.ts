import { execFileSync } from 'child_process';
import path from 'path';

const cli = path.resolve(__dirname, '../../../deploy/local/cli.mjs');

/**
 * Integration tests need the real stack, built, with the test run's own databases and NATS
 * server. `npm test` prepares them before jest starts; a bare `npx jest` prepares them here (in
 * a child process: entity metadata loaded in jest's outer realm would break the test realm's
 * ORM) and takes the environment the child prints on its last line.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.PM_PREPARED === '1') return;
  const out = execFileSync(process.execPath, [cli, 'test-setup'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const lines = out.trimEnd().split('\n');
  process.stderr.write(lines.slice(0, -1).join('\n') + '\n');
  Object.assign(process.env, JSON.parse(lines[lines.length - 1]), { PM_TEST_OWNS_WORLD: '1' });
}
