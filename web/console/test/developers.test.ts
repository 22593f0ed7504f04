import { existsSync, mkdirSync } from 'fs';
import { createServer } from 'net';
import path from 'path';
import { Browser, Page, chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
const { startConsoleServer } = require('../../../deploy/local/console-server.cjs');

/**
 * The public developer page (/developers) in Debian's Chromium, served like the console is: no
 * sign-in, zh-CN first, English by the switch, the schema reference filtered, no script error
 * or CSP violation, no serious accessibility finding. Screenshots go to .pm-local/screenshots/.
 */
const DIST = path.resolve(__dirname, '../dist');
const SHOTS = path.resolve(__dirname, '../../../.pm-local/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function seriousFindings(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

describe('developer page in a real browser', () => {
  let site: { close(): Promise<void>; url: string };
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, 'index.html')))
      throw new Error('web/console/dist is missing: npm test builds it (npm run build -w web/console)');
    mkdirSync(SHOTS, { recursive: true });
    const port = await freePort();
    // No platform behind it: the page needs none, and its examples only name these URLs.
    site = await startConsoleServer({
      port,
      host: '127.0.0.1',
      dir: DIST,
      gatewayUrl: 'https://api.example.com/graphql',
      keycloakUrl: 'https://id.example.com',
    });
    base = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows how a partner starts in zh-CN, then completely in English, without signing in', async () => {
    // axe-core opens pages of its own in the page's context: the page needs one.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));

    await page.goto(`${base}/developers`);
    await page.getByRole('heading', { name: '开发者文档' }).waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(`${base}/developers`);
    for (const heading of ['获取访问令牌（客户端凭证）', 'OAuth 范围', '错误码', 'Schema 参考'])
      await expect(page.getByRole('heading', { name: heading }).count()).resolves.toBe(1);
    await expect(page.getByText('grant_type=client_credentials').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#RecordPaymentInput\\.idempotencyKey').innerText()).resolves.toContain(
      '本次收款的唯一键',
    );
    await page.screenshot({ path: path.join(SHOTS, 'developers-zh-CN.png') });
    expect(await seriousFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Developer documentation' }).waitFor();
    await expect(page.locator('#RecordPaymentInput\\.idempotencyKey').innerText()).resolves.toContain(
      'Your unique key for this payment',
    );
    // The filter narrows the reference to the types that name what is asked for.
    await page.getByPlaceholder('Filter by type or field name').fill('idempotencyKey');
    await expect(page.locator('section.dev-type-card').count()).resolves.toBeLessThan(5);
    await expect(page.locator('section#RecordPaymentInput').count()).resolves.toBe(1);
    await page.locator('section#RecordPaymentInput').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'developers-en.png') });

    // The choice is the console's: it stays on reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Developer documentation' }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
