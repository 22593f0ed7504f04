import { existsSync, mkdirSync, readdirSync, rmSync } from 'fs';
import { createServer } from 'net';
import path from 'path';
import { Browser, BrowserContext, Locator, Page, chromium } from 'playwright-core';
import { gql, testClock } from '@pm/testing';
import { dateIn } from '@pm/time';
import {
  Company,
  PASSWORD,
  Platform,
  appraisal,
  billing,
  createProperty,
  customers,
  inviteStaff,
  removeCompanies,
  signUpCompany,
  startPlatform,
  tickets,
  until,
} from '@pm/testing/kit';
const { startConsoleServer } = require('../../../deploy/local/console-server.cjs');

/**
 * The staff console in Debian's Chromium against the real platform: each role signs in on
 * Keycloak's own login page and does its main task. Screenshots of every main page go to
 * .pm-local/screenshots/ for a person to look at.
 */
const DIST = path.resolve(__dirname, '../dist');
const SHOTS = path.resolve(__dirname, '../../../.pm-local/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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

describe('staff console in a real browser', () => {
  let p: Platform;
  let a: Company;
  let site: { close(): Promise<void>; url: string };
  let browser: Browser;
  let propertyId: string;
  const staff: Record<'frontDesk' | 'tech' | 'hq' | 'finance', string> = {
    frontDesk: '',
    tech: '',
    hq: '',
    finance: '',
  };
  const problems: string[] = [];
  const description = `卫生间水龙头漏水 ${Date.now().toString(36)}`;

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, 'index.html')))
      throw new Error('web/console/dist is missing: npm test builds it (npm run build -w web/console)');
    mkdirSync(SHOTS, { recursive: true });
    // A failure screenshot describes the run that made it, not this one.
    for (const f of readdirSync(SHOTS)) if (f.startsWith('failed-')) rmSync(path.join(SHOTS, f));
    // The gateway's allow-list and the new realm's client name the console's origin: its port comes first.
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    p = await startPlatform({ CORS_ORIGINS: origin, CONSOLE_ORIGINS: origin }, [
      customers,
      tickets,
      billing,
      appraisal,
    ]);
    site = await startConsoleServer({
      port,
      host: '127.0.0.1',
      dir: DIST,
      gatewayUrl: p.gatewayUrl,
      keycloakUrl: process.env.KEYCLOAK_URL ?? 'http://localhost:8080',
    });
    a = await signUpCompany(p.gatewayUrl);
    propertyId = await createProperty(p.gatewayUrl, a.token, '阳光花园 Sunshine Garden');
    for (const [building, number] of [
      ['3', '1203'],
      ['3', '1204'],
      ['5', '0101'],
    ]) {
      const r = await gql(
        p.gatewayUrl,
        `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
        {
          i: { propertyId, building, number, areaSqm: 88.5, kind: 'APARTMENT' },
        },
        a.token,
      );
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
    const fd = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [propertyId]);
    staff.frontDesk = fd.email;
    staff.tech = (await inviteStaff(p.gatewayUrl, a.token, a.slug, ['TECHNICIAN'], [propertyId])).email;
    staff.hq = (await inviteStaff(p.gatewayUrl, a.token, a.slug, ['HQ'], [])).email;
    const finance = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['FINANCE'], [propertyId]);
    staff.finance = finance.email;
    // Management fee ¥2.50 per m²: each 88.5 m² unit is billed ¥221.25 a month.
    await until('billing to know the property', async () => {
      const r = await gql(
        p.gatewayUrl,
        `mutation($i: SetFeeScheduleInput!) { setFeeSchedule(input: $i) { propertyId } }`,
        {
          i: {
            propertyId,
            effectiveFrom: '2020-01-01',
            managementFenPerSqm: 250,
            waterFenPerUnit: 0,
            electricityFenPerUnit: 0,
            gasFenPerUnit: 0,
          },
        },
        finance.token,
      );
      return !r.errors;
    });
    // Tickets learns of the property by an event; an earlier, less urgent repair is in the queue.
    await until('tickets to know the property', async () => {
      const r = await gql(
        p.gatewayUrl,
        `mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`,
        {
          i: {
            propertyId,
            description: '走廊灯不亮',
            priority: 'NORMAL',
            publicArea: true,
            calledAt: testClock.now().toISOString(),
          },
        },
        fd.token,
      );
      return r.data?.reportRepair.id as string | undefined;
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await removeCompanies([a]);
    await p?.stop();
  });

  async function open(
    viewport = { width: 1366, height: 900 },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    return { context, page };
  }

  /** A fresh browser context for one role; a failing step leaves a screenshot of where it stood. */
  const inBrowser =
    (name: string, steps: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) =>
    async () => {
      const { context, page } = await open(viewport);
      try {
        await steps(page);
      } catch (e) {
        await shot(page, `failed-${name}`).catch(() => undefined);
        throw e;
      } finally {
        await context.close();
      }
    };

  async function signIn(page: Page, username: string) {
    await page.waitForURL(/\/realms\/pm-[^/]+\/protocol\/openid-connect\/auth/);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await page.waitForURL((u) => u.pathname.startsWith(`/c/${a.slug}/`) && !u.pathname.endsWith('/callback'));
  }

  const count = (items: Locator, n: number) =>
    until(`${n} tickets in the queue`, async () => (await items.count()) === n, 15_000);

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it(
    'front desk: enters the company code, signs in, finds 3栋1203 and logs a repair with a running SLA',
    inBrowser('front-desk', async (page) => {
      await page.goto(`${site.url}/`);
      await page.getByPlaceholder('例如 demo').fill(a.slug);
      await shot(page, '01-company-entry');
      await page.getByRole('button', { name: /继\s*续/ }).click();
      await page.waitForURL(/\/realms\//);
      // Keycloak's own page, in the console's language.
      await page.getByText('登录到您的账户').waitFor();
      await shot(page, '02-keycloak-login');
      await signIn(page, staff.frontDesk);
      await page.waitForURL(/\/front-desk$/);
      // The code is remembered for the next visit.
      expect(await page.evaluate("localStorage.getItem('pm.company')")).toBe(a.slug);
      // The session can be renewed without the login page: a refresh token, kept only for this tab.
      expect(
        await page.evaluate(
          "Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user:')).map((k) => !!JSON.parse(sessionStorage[k]).refresh_token)",
        ),
      ).toEqual([true]);

      await page.getByPlaceholder(/搜索房号/).fill('3栋1203');
      const unit = page.locator('.ant-list-item').filter({ hasText: '3栋1203' });
      await unit.getByRole('button', { name: '登记报修' }).click();
      await page.getByLabel('故障描述').fill(description);
      await page.getByText('紧急', { exact: true }).click();
      await page.getByLabel('收费项目').click();
      await page.keyboard.type('水龙头');
      await page.keyboard.press('Enter');
      // The price list in yuan, never raw fen.
      await page.locator('.ant-select').filter({ hasText: '更换水龙头 replace tap ¥30.00' }).waitFor();
      await page.getByRole('button', { name: '提交报修' }).click();
      await page.getByText('报修已登记', { exact: true }).waitFor();
      const countdown = page.locator('[data-sla]').first();
      await countdown.waitFor();
      expect(await countdown.textContent()).toMatch(/剩余|已超时/);
      await shot(page, '03-front-desk-repair');
    }),
    120_000,
  );

  it(
    'technician on a 360 px phone: the new urgent repair tops the queue; arrives and completes it',
    inBrowser(
      'queue',
      async (page) => {
        await page.goto(`${site.url}/c/${a.slug}/`);
        await signIn(page, staff.tech);
        await page.waitForURL(/\/queue$/);
        const items = page.locator('[data-ticket]');
        await items.filter({ hasText: description }).waitFor();
        await count(items, 2);
        const first = items.first();
        expect(await first.textContent()).toContain(description);
        expect(await first.textContent()).toContain('3栋1203');
        // Nothing sticks out sideways on a phone.
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
        await shot(page, '04-queue-360px');

        await first.getByRole('button', { name: /到\s*场/ }).click();
        await first.getByRole('button', { name: /完\s*工/ }).click();
        await page.getByText('工单已完工').waitFor();
        await count(items, 1);
      },
      { width: 360, height: 780 },
    ),
    120_000,
  );

  it(
    'HQ: the dashboard lists the property with its KPIs in Chinese and drills down to it',
    inBrowser('dashboard', async (page) => {
      await page.goto(`${site.url}/c/${a.slug}/`);
      await signIn(page, staff.hq);
      await page.waitForURL(/\/dashboard$/);
      // The browser's clock is the real one; the platform's business month is the test clock's.
      await page.goto(
        `${site.url}/c/${a.slug}/dashboard?period=${dateIn(testClock.now(), 'Asia/Shanghai').slice(0, 7)}`,
      );
      const row = page.locator('.ant-table-row').filter({ hasText: '阳光花园' });
      await row.waitFor();
      await page.getByText('收费率').first().waitFor();
      // Money is yuan, never raw fen.
      expect(await page.locator('.ant-statistic').filter({ hasText: '应收' }).textContent()).toMatch(/¥\d/);
      // Coloured by the API's KpiMeasure (one of two repairs resolved is short of the 90 % target);
      // nothing billed yet is "not measured": grey, with why in a tooltip, not red.
      expect(await row.locator('[data-measure=resolution]').getAttribute('data-kpi')).toBe('red');
      const collection = row.locator('[data-measure=collection]');
      expect(await collection.getAttribute('data-kpi')).toBe('grey');
      // The company roll-up from companyKpis, and its 12-month trend with the target as a line.
      const company = page.locator('[data-company-kpis]');
      await company.filter({ hasText: '公司汇总' }).waitFor();
      expect(await company.locator('[data-measure=resolution]').getAttribute('data-kpi')).toBe('red');
      await page.locator('[data-trend=resolution] canvas').waitFor();
      await page.locator('.ant-card').filter({ hasText: '公司近12个月趋势' }).waitFor();
      await shot(page, '05-hq-dashboard');
      // Why it is grey, in the user's language (the viewport only: a full-page shot drops the hover).
      await collection.hover();
      // Once its zoom-in is over (no motion class left), so the shot shows it whole.
      await page
        .locator('.ant-tooltip:not([class*="-appear"]):not([class*="-enter"])')
        .filter({ hasText: '未统计' })
        .waitFor();
      await page.screenshot({ path: path.join(SHOTS, '05-hq-not-measured.png') });

      await row.getByRole('link').click();
      await page.waitForURL(/\/dashboard\/property\//);
      await page.locator('.ant-descriptions').filter({ hasText: '处理完成率' }).waitFor();
      await page.locator('.ant-table-row').filter({ hasText: description }).waitFor();
      await page
        .locator('.ant-card')
        .filter({ hasText: '近12个月趋势' })
        .locator('[data-trend] canvas')
        .waitFor();
      await shot(page, '06-hq-property');

      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('.ant-descriptions').filter({ hasText: 'Resolution rate' }).waitFor();
      await page.getByText('Trend, last 12 months').waitFor();
      await shot(page, '07-hq-property-en');
    }),
    120_000,
  );

  it(
    'HQ administers the company: changes a policy value, which then comes from the company',
    inBrowser('admin', async (page) => {
      await page.goto(`${site.url}/c/${a.slug}/admin`);
      await signIn(page, staff.hq);
      await page.getByRole('tab', { name: '规则配置' }).click();
      // By its key: kpi.responseRateMin's description names kpi.responseHours too.
      const first = page.locator('.ant-table-row[data-row-key="kpi.responseHours"]');
      await first.waitFor();
      await first.getByRole('button', { name: /修\s*改/ }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await page.getByText('已保存').waitFor();
      await first.filter({ hasText: '公司设置' }).waitFor();
      await shot(page, '10-admin-policy');
    }),
    120_000,
  );

  it(
    'finance: bills the month with a progress bar and records a payment in yuan',
    inBrowser('finance', async (page) => {
      await page.goto(`${site.url}/c/${a.slug}/`);
      await signIn(page, staff.finance);
      await page.waitForURL(/\/finance$/);
      await page.getByRole('button', { name: '生成本期账单' }).click();
      await page.getByText('账单已生成：共 3 张').waitFor();
      const rows = page.locator('.ant-table-row');
      await count(rows, 3);
      // 3栋1203 may also carry the completed repair's charge by now (R-TKT-5); 3栋1204 has the fee only.
      const bill = rows.filter({ hasText: '3栋1204' });
      expect(await bill.textContent()).toContain('¥221.25');
      await shot(page, '08-finance-bills');

      await bill.getByRole('button', { name: '登记收款' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByLabel('收款金额（元）').inputValue()).toBe('221.25');
      await dialog.getByLabel('银行流水号').fill('ICBC-0001');
      await shot(page, '09-finance-payment');
      await dialog.getByRole('button', { name: '确认收款' }).click();
      await page.getByText(/已收款，收据号/).waitFor();
      await bill.filter({ hasText: '已缴清' }).waitFor();

      // Signing out ends the Keycloak session and returns to the company entry, code remembered.
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(`${site.url}/`);
      expect(await page.getByPlaceholder('例如 demo').inputValue()).toBe(a.slug);
      await page.goto(`${site.url}/c/${a.slug}/finance`);
      await page.locator('#username').waitFor();
    }),
    120_000,
  );

  it('raised no script errors and no Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
