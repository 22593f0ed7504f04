import { execFileSync } from 'child_process';
import path from 'path';

/** Removes what a bare `npx jest` run's global set-up created; `npm test` cleans up itself. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.PM_TEST_OWNS_WORLD !== '1') return;
  execFileSync(
    process.execPath,
    [path.resolve(__dirname, '../../../deploy/local/cli.mjs'), 'test-teardown'],
    {
      stdio: 'inherit',
    },
  );
}
