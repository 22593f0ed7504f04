import { execFileSync } from 'child_process';
import path from 'path';

/**
 * Integration tests need the real stack, built and migrated. `npm test` prepares it before
 * jest starts; a bare `npx jest` prepares it here (in a child process: entity metadata
 * loaded in jest's outer realm would break the test realm's ORM).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.PM_PREPARED === '1') return;
  execFileSync(process.execPath, [path.resolve(__dirname, '../../../deploy/local/cli.mjs'), 'prepare'], {
    stdio: 'inherit',
  });
}
