import { existsSync, readFileSync, readdirSync } from 'fs';
import path from 'path';

/** What deploy/local/mail-catcher.mjs saves of each mail. */
export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  links: string[];
}

/**
 * The test run's own catcher's folder (`npm test` starts one per run and names it in
 * PM_TEST_MAIL_DIR), else the local stack's `<PM_STATE_DIR>/mail`.
 */
export const mailDir = () =>
  process.env.PM_TEST_MAIL_DIR ??
  path.join(process.env.PM_STATE_DIR ?? path.resolve(__dirname, '../../../.pm-local'), 'mail');

export function caughtMails(to: string): CaughtMail[] {
  const dir = mailDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CaughtMail)
    .filter((m) => m.to.map((t) => t.toLowerCase()).includes(to.toLowerCase()));
}

/** Waits for the first mail to `to` (Keycloak sends it before the mutation answers, but disks lag). */
export async function waitForMail(to: string, ms = 20_000): Promise<CaughtMail> {
  const end = Date.now() + ms;
  for (;;) {
    const [m] = caughtMails(to);
    if (m) return m;
    if (Date.now() > end)
      throw new Error(`no mail to ${to} in ${mailDir()} after ${ms} ms (is the catcher running?)`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
