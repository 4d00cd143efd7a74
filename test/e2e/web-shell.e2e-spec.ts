import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  freePort,
  launchBrowser,
  PHONE_VIEWPORT,
  startApp,
  startAppStack,
  TEST_REDIS_URL,
  type AppProcess,
  type AppStack,
  type BrowserSession,
  type TestDatabase,
} from '@app/testing';

/**
 * The web shell in a real Chromium against the built api and worker on PostgreSQL and Redis: sign-in and role
 * homes, the live-connection indicator, the language switch, role boundaries, the public page and a phone screen.
 */
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_TIMEOUT_MS = 20_000;

describe('web shell', () => {
  const prefix = `e2e-web-${randomBytes(4).toString('hex')}`;
  let stack: AppStack;
  let db: TestDatabase;
  let api: AppProcess;
  let origin: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    stack = await startAppStack({ prefix });
    ({ db, api, origin } = stack);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await stack?.stop();
  });

  // One Chromium at a time: this machine has two cores.
  afterEach(async () => {
    await Promise.all(browsers.splice(0).map((b) => b.close()));
  });

  beforeEach(({ onTestFailed }) => {
    // On failure, show what the api said: the browser alone rarely tells why.
    onTestFailed(() => console.error(`api output (last 4000 characters):\n${api?.output().slice(-4000)}`));
  });

  async function browser(options: Parameters<typeof launchBrowser>[0] = {}): Promise<BrowserSession> {
    const session = await launchBrowser(options);
    browsers.push(session);
    return session;
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${origin}/login`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  const heading = (page: Page) => page.getByTestId('page-title');
  const connection = (page: Page) => page.getByTestId('connection-status');

  it('a commander signs in, lands on /command and the connection goes live', async () => {
    const { newPage } = await browser();
    const page = await newPage();
    const problems: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (err) => problems.push(err.message));

    await signIn(page, 'commander');
    await page.waitForURL(`${origin}/command`);
    await expectText(heading(page), 'Command dashboard');
    await expectText(page.getByTestId('user-role'), 'Commander');
    await connection(page).and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await connection(page).textContent()).toContain('Live');
    expect(await connection(page).textContent()).toContain('Last server contact');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The worker's heartbeat (about every 10 s) reaches the page and moves the last-contact time on; the 2 s margin
    // leaves out the messages that arrive right after connecting.
    const firstContact = await page.locator('[data-testid="connection-last-contact"] time').getAttribute('datetime');
    await page.waitForFunction(
      (before) => {
        const now = document.querySelector('[data-testid="connection-last-contact"] time')?.getAttribute('datetime');
        return !!now && Date.parse(now) - Date.parse(before!) >= 2_000;
      },
      firstContact,
      { timeout: 25_000 },
    );

    // Everything loaded under the strict same-origin Content-Security-Policy, without errors.
    expect(problems).toEqual([]);
  });

  it('switches language to Portuguese and Traditional Chinese, and keeps the choice after a reload', async () => {
    const { newPage } = await browser();
    const page = await newPage();
    await signIn(page, 'commander');
    await page.waitForURL(`${origin}/command`);
    await expectText(heading(page), 'Command dashboard');

    await page.getByTestId('language-switch').selectOption('pt');
    await expectText(heading(page), 'Painel de comando');
    await expectText(page.getByTestId('user-role'), 'Comandante');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt');

    await page.getByTestId('language-switch').selectOption('zh-Hant');
    await expectText(heading(page), '指揮看板');
    expect(await page.getByRole('button', { name: '登出' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');

    await page.reload();
    // Still signed in (the refresh token survives the reload) and still in Traditional Chinese.
    await page.waitForURL(`${origin}/command`);
    await expectText(heading(page), '指揮看板');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    await connection(page).and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expectText(connection(page), '即時在線');
  });

  it('starts in the browser language when none was chosen', async () => {
    const { newPage } = await browser({ locale: 'zh-CN' });
    const page = await newPage();
    await page.goto(`${origin}/alerts`);
    await expectText(heading(page), '公众预警');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  });

  it('a liaison lands on its board and cannot reach HQ pages', async () => {
    const { newPage } = await browser();
    const page = await newPage();
    await signIn(page, 'liaison');
    await page.waitForURL(`${origin}/liaison`);
    await expectText(heading(page), 'Liaison signal board');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Command' }).count()).toBe(0);

    for (const hqPath of ['/command', '/command/alerts', '/field']) {
      await page.goto(`${origin}${hqPath}`);
      await page.getByTestId('not-permitted').waitFor();
      await expectText(heading(page), 'Not permitted');
      expect(await page.getByTestId('command-page').count()).toBe(0);
      expect(await page.getByTestId('field-page').count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('Command dashboard');
    }

    await page.getByTestId('home-link').click();
    await page.waitForURL(`${origin}/liaison`);
    await expectText(heading(page), 'Liaison signal board');
  });

  it('the public alerts page works without signing in, and staff pages ask to sign in', async () => {
    const { newPage } = await browser();
    const page = await newPage();
    await page.goto(`${origin}/alerts`);
    await expectText(heading(page), 'Public alerts');
    expect(await page.getByRole('link', { name: 'Staff sign-in' }).count()).toBe(1);
    expect(await page.getByTestId('sign-out').count()).toBe(0);
    await connection(page).and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });

    await page.goto(`${origin}/command`);
    await page.waitForURL(`${origin}/login`);
    await expectText(heading(page), 'Staff sign-in');
  });

  it('shows a localized message for wrong credentials', async () => {
    const { newPage } = await browser();
    const page = await newPage();
    await page.goto(`${origin}/login`);
    await page.getByTestId('language-switch').selectOption('pt');
    await page.getByLabel('Nome de utilizador').fill('commander');
    await page.getByLabel('Palavra-passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Iniciar sessão' }).click();
    await expectText(page.getByTestId('login-error'), 'O nome de utilizador ou a palavra-passe não estão corretos.');
    expect(page.url()).toBe(`${origin}/login`);
  });

  it('signing out ends the session, also after a reload', async () => {
    const { newPage } = await browser();
    const page = await newPage();
    await signIn(page, 'operator');
    await page.waitForURL(`${origin}/command`);
    await page.getByTestId('sign-out').click();
    await page.waitForURL(`${origin}/login`);
    await expectText(page.getByTestId('login-notice'), 'You have signed out.');
    expect(await page.evaluate(() => localStorage.getItem('qinao.refreshToken'))).toBeNull();
    await page.goto(`${origin}/command`);
    await page.waitForURL(`${origin}/login`);
  });

  it('renews the access token before it expires, so the session and the connection outlive it', async () => {
    // A second api on the same database whose access tokens live only 4 seconds.
    const port = await freePort();
    const shortOrigin = `http://127.0.0.1:${port}`;
    const shortLived = await startApp('api', {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      ACCESS_TOKEN_TTL_SECONDS: '4',
      PORT: String(port),
      PUBLIC_URL: shortOrigin,
    });
    try {
      const { newPage } = await browser();
      const page = await newPage();
      const refreshes: number[] = [];
      page.on('response', (res) => res.url().endsWith('/api/auth/refresh') && refreshes.push(res.status()));
      await page.goto(`${shortOrigin}/login`);
      await page.getByLabel('Username').fill('operator');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${shortOrigin}/command`);
      const firstToken = await page.evaluate(() => localStorage.getItem('qinao.refreshToken'));

      await page.waitForTimeout(10_000);
      expect(refreshes.length).toBeGreaterThanOrEqual(2);
      expect(refreshes.every((status) => status === 200)).toBe(true);
      expect(await page.evaluate(() => localStorage.getItem('qinao.refreshToken'))).not.toBe(firstToken);
      expect(page.url()).toBe(`${shortOrigin}/command`);

      // A reload long after the first access token expired still finds the session, and the socket accepts the new token.
      await page.reload();
      await page.waitForURL(`${shortOrigin}/command`);
      await connection(page).and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
    } finally {
      // The browser goes first: an api shutting down waits for its open connections.
      await Promise.all(browsers.splice(0).map((b) => b.close()));
      await shortLived.stop();
    }
  });

  it('renders /field on a phone without horizontal scrolling, with 44 px touch targets', async () => {
    const { newPage } = await browser({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await newPage();
    await signIn(page, 'inspector');
    await page.waitForURL(`${origin}/field`);
    await expectText(heading(page), 'Field operations');
    await connection(page).and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });

    // Portuguese has the longest texts, Traditional Chinese the other script.
    for (const language of ['en', 'pt', 'zh-Hant']) {
      await page.getByTestId('language-switch').selectOption(language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // Names the elements that stick out, so a failure says what to fix.
        sticking: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`)
          .slice(0, 5),
      }));
      expect({ language, ...layout }).toEqual({ language, scrollWidth: PHONE_VIEWPORT.width, sticking: [] });

      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, select, input')]
          .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
          .map((el) => ({ what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, height: el.getBoundingClientRect().height }))
          .filter((x) => x.height < 44),
      );
      expect({ language, small }).toEqual({ language, small: [] });
    }
  });
});

async function expectText(locator: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}

