import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchBrowser,
  PHONE_VIEWPORT,
  startAppStack,
  startFakeFeedServer,
  type AppProcess,
  type AppStack,
  type BrowserSession,
  type FakeFeedServer,
} from '@app/testing';

/**
 * The shared signal board in a real Chromium against the built api and worker, the worker polling a local server
 * that serves SMG-format warning files: when the typhoon file turns to signal 8SE, the command board and the liaison
 * board (and the public page) show it without a reload, and the playbook's tasks appear on /command. Then the feed
 * stops answering, the resident page is read offline, the wall display and phone screens are checked.
 */
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_TIMEOUT_MS = 20_000;
/** Poll interval 500 ms: a change reaches the pages well within this. */
const FOLLOW_TIMEOUT_MS = 15_000;

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'smg', name), 'utf8');

/** SMG writes Macau local time (UTC+8, no offset); now, in that form. */
function macauNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A fixture re-dated to now, so the worker reads it as a fresh document rather than a stale one. */
function publishedNow(xml: string): string {
  const now = macauNow();
  return xml.replace(/<SysPubdate>[^<]*<\/SysPubdate>/, `<SysPubdate>${now}</SysPubdate>`).replace(/<IssuedAt>[^<]*<\/IssuedAt>/, `<IssuedAt>${now}</IssuedAt>`);
}

/** "Nothing in force" in SMG's shape, for the files the shared fixtures have no such example of. */
function nothingInForce(element: string): string {
  return publishedNow(
    `<?xml version="1.0" encoding="UTF-8"?><Warning><System><SysAuthor>SMG</SysAuthor><SysPubdate>x</SysPubdate><SysLanguage>c</SysLanguage></System>` +
      `<Custom><${element}><Warncode>NIL</Warncode><Action>NIL</Action><Inforce>0</Inforce><Status>0</Status><IssuedAt>x</IssuedAt></${element}></Custom></Warning>`,
  );
}

const QUIET_FILES: Record<string, string> = {
  '/c_rainstorm.xml': 'Rainstorm',
  '/c_stormsurge.xml': 'StormSurge',
  '/c_monsoon.xml': 'Monsoon',
  '/c_thunderstorm.xml': 'Thunderstorm',
  '/c_tsunami.xml': 'Tsunami',
};

const SMG_NAME = 'Macao Meteorological and Geophysical Bureau';
const TC8SE_NAME = 'Tropical Cyclone Signal No. 8 Southeast';
const TC8_RULE = 'smg-tc8-cross-border';

describe('signal board', () => {
  const prefix = `e2e-signals-${randomBytes(4).toString('hex')}`;
  let stack: AppStack;
  let feed: FakeFeedServer;
  let api: AppProcess;
  let worker: AppProcess;
  let origin: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    feed = await startFakeFeedServer();
    feed.set('/c_typhoon.xml', publishedNow(fixture('c_typhoon_none.xml')));
    for (const [file, element] of Object.entries(QUIET_FILES)) feed.set(file, nothingInForce(element));
    stack = await startAppStack({ prefix, env: { SMG_BASE_URL: feed.url, SIGNAL_POLL_INTERVAL_MS: '500', SIGNAL_FETCH_TIMEOUT_MS: '1500' } });
    ({ api, worker, origin } = stack);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await stack?.stop();
    await feed?.stop();
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      console.error(`api output (last 3000 characters):\n${api?.output().slice(-3000)}`);
      console.error(`worker output (last 3000 characters):\n${worker?.output().slice(-3000)}`);
    });
  });

  async function browser(options: Parameters<typeof launchBrowser>[0] = {}): Promise<BrowserSession> {
    const session = await launchBrowser(options);
    browsers.push(session);
    return session;
  }

  async function closeBrowsers(): Promise<void> {
    await Promise.all(browsers.splice(0).map((b) => b.close()));
  }

  async function signIn(page: Page, username: string, home: string): Promise<void> {
    await page.goto(`${origin}/login`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}${home}`);
  }

  async function live(page: Page): Promise<void> {
    await page.getByTestId('connection-status').and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
  }

  const smgColumn = (page: Page) => page.locator('[data-testid="signal-authority"][data-authority="smg"]');
  const typhoonCard = (page: Page, level?: string) =>
    page.locator(`[data-testid="signal-entry"][data-authority="smg"][data-hazard="tropical-cyclone"]${level === undefined ? '' : `[data-level="${level}"]`}`);

  /** Waits until SMG's feed has been read: the tropical cyclone track is up to date with nothing in force. */
  async function boardShowsNoTyphoonSignal(page: Page): Promise<void> {
    await smgColumn(page).getByTestId('signal-tracks-none').filter({ hasText: 'Tropical cyclone signal' }).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
  }

  /** Marks the document; a reload or navigation would lose the mark. */
  async function markDocument(page: Page): Promise<void> {
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  }

  const stillSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

  it('the command and liaison boards follow the feed to signal 8SE without reload, and the playbook tasks appear on /command', async () => {
    const hq = await (await browser()).newPage();
    const problems: string[] = [];
    hq.on('pageerror', (err) => problems.push(err.message));
    await signIn(hq, 'commander', '/command');
    await live(hq);
    await boardShowsNoTyphoonSignal(hq);
    await hq.getByTestId('playbook-runs').getByText('No playbook is running.').waitFor();

    const liaisonBrowser = await browser();
    const liaison = await liaisonBrowser.newPage();
    await signIn(liaison, 'liaison', '/liaison');
    await live(liaison);
    await boardShowsNoTyphoonSignal(liaison);
    // A liaison's board has nothing to change: no forms, no task buttons.
    expect(await liaison.locator('main form, main textarea, main [data-testid="task-acknowledge"]').count()).toBe(0);

    const resident = await liaisonBrowser.newPage();
    await resident.goto(`${origin}/alerts`);
    await live(resident);
    await boardShowsNoTyphoonSignal(resident);

    const pages = { hq, liaison, resident };
    for (const page of Object.values(pages)) await markDocument(page);

    feed.set('/c_typhoon.xml', publishedNow(fixture('c_typhoon_8SE.xml')));

    for (const [name, page] of Object.entries(pages)) {
      const card = typhoonCard(page, '8SE');
      await card.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
      const text = (await card.textContent()) ?? '';
      // The level as a badge ("8SE") and in words, with the issuing authority named beside it.
      expect({ name, badge: text.includes('8SE'), level: text.includes(TC8SE_NAME), authority: text.includes(SMG_NAME) }).toEqual({
        name,
        badge: true,
        level: true,
        authority: true,
      });
      expect(await card.getByTestId('signal-authority-name').textContent()).toContain(SMG_NAME);
      expect(text).toContain('(Macau time, UTC+8)');
      expect(await card.getAttribute('data-freshness')).toBe('fresh');
      expect({ name, sameDocument: await stillSameDocument(page) }).toEqual({ name, sameDocument: true });
    }

    // The change is on both timelines, newest first.
    for (const page of [hq, liaison]) {
      await page.locator('[data-testid="timeline-entry"][data-authority="smg"][data-level="8SE"]').first().waitFor({ timeout: FOLLOW_TIMEOUT_MS });
      expect(await page.getByTestId('timeline-entry').first().getAttribute('data-level')).toBe('8SE');
    }

    // Residents read what the signal means, and the board is kept on the device for reading offline.
    expect(await typhoonCard(resident, '8SE').textContent()).toContain('What it means:');
    expect(await resident.evaluate(() => localStorage.getItem('qinao.signalBoard'))).toContain('"8SE"');

    // The playbook fired by signal 8 appears on /command with its checklist, still without a reload.
    const run = hq.locator(`[data-testid="playbook-run"][data-rule="${TC8_RULE}"]`);
    await run.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await run.textContent()).toContain('Lotus Bridge');
    const tasks = run.getByTestId('playbook-task');
    expect(await tasks.count()).toBeGreaterThanOrEqual(3);
    expect(await tasks.evaluateAll((items) => items.map((item) => item.getAttribute('data-state')))).toEqual(
      Array.from({ length: await tasks.count() }, () => 'open'),
    );

    // A task is acknowledged by a named user, with the time, and then done with a note.
    const who = (await hq.getByTestId('user-name').textContent())!.trim();
    const first = tasks.first();
    await first.getByTestId('task-acknowledge').click();
    await first.and(hq.locator('[data-state="acknowledged"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await first.textContent()).toContain(`Acknowledged by ${who}`);
    await first.getByText('Add a note').click();
    await first.getByLabel('Note (optional)').fill('Lotus Bridge closing at 23:30 per Macau');
    await first.getByTestId('task-done').click();
    await first.and(hq.locator('[data-state="done"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await first.textContent()).toContain(`Done by ${who}`);
    expect(await first.textContent()).toContain('Lotus Bridge closing at 23:30 per Macau');

    expect(await stillSameDocument(hq)).toBe(true);
    expect(problems).toEqual([]);
    await closeBrowsers();
  });

  it('HQ enters the probability table and manual signals and decides a held one; the liaison board follows live', async () => {
    const hq = await (await browser()).newPage();
    await signIn(hq, 'operator', '/command');
    await live(hq);
    const liaison = await (await browser()).newPage();
    await signIn(liaison, 'liaison', '/liaison');
    await live(liaison);
    await liaison.getByTestId('signal-outlook').getByText('No probability table has been entered.').waitFor();
    await markDocument(liaison);

    // SMG's probability table, typed in by the operator.
    await hq.getByTestId('outlook-edit').click();
    const outlookForm = hq.getByTestId('outlook-form');
    await outlookForm.getByLabel('Signal (number, e.g. 8)').first().fill('9');
    await outlookForm.getByLabel('Probability').first().selectOption('medium');
    await outlookForm.getByLabel('Expected time (optional)').first().fill('between 02:00 and 05:00');
    await outlookForm.getByRole('button', { name: 'Add a row' }).click();
    await outlookForm.getByLabel('Signal (number, e.g. 8)').nth(1).fill('10');
    await outlookForm.getByLabel('Probability').nth(1).selectOption('low');
    await outlookForm.getByTestId('outlook-save').click();
    await hq.getByTestId('form-done').filter({ hasText: 'Probability table saved.' }).waitFor();
    const row9 = liaison.locator('[data-testid="outlook-row"][data-level="9"]');
    await row9.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await row9.textContent()).toContain('Medium');
    expect(await row9.textContent()).toContain('between 02:00 and 05:00');
    expect(await liaison.locator('[data-testid="outlook-row"][data-level="10"]').textContent()).toContain('Low');

    // A Zhuhai typhoon signal phoned in while no CAP feed is configured.
    const manual = hq.getByTestId('manual-signal');
    const enter = async (hazard: string, level: string, reason: string) => {
      await manual.getByLabel('Issuing authority').selectOption('gd-zhuhai');
      await manual.getByLabel('Area', { exact: true }).selectOption('zhuhai');
      await manual.getByLabel('Signal type').selectOption(hazard);
      await manual.getByLabel('What happened').selectOption('issue');
      await manual.getByLabel('Level code').fill(level);
      await manual.getByLabel('Reason for the manual entry (required)').fill(reason);
      await manual.getByTestId('manual-signal-save').click();
    };
    await enter('typhoon', 'Yellow', 'Zhuhai observatory phoned the HQ duty line');
    await manual.getByTestId('form-done').filter({ hasText: 'The board shows it now.' }).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    const zhuhaiTyphoon = liaison.locator('[data-testid="signal-entry"][data-authority="gd-zhuhai"][data-hazard="typhoon"][data-level="yellow"]');
    await zhuhaiTyphoon.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await zhuhaiTyphoon.textContent()).toContain('Source: manual entry');
    expect(await zhuhaiTyphoon.getByTestId('signal-authority-name').textContent()).toContain('Zhuhai Meteorological Observatory');

    // Red rainstorm straight from nothing is implausible: held for confirmation, not shown to the liaison as in force.
    await enter('rainstorm', 'red', 'Read from the Zhuhai observatory website');
    await manual.getByTestId('form-done').filter({ hasText: 'held' }).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    const hold = hq.locator('[data-testid="hold-item"][data-authority="gd-zhuhai"][data-hazard="rainstorm"]');
    await hold.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await hq.locator('[data-testid="signal-entry"][data-authority="gd-zhuhai"][data-hazard="rainstorm"]').getByTestId('signal-held').waitFor();
    expect(await liaison.locator('[data-testid="signal-entry"][data-hazard="rainstorm"][data-level="red"]').count()).toBe(0);

    // A decision needs a reason; with one, the reading is applied and reaches the liaison board.
    await hold.getByTestId('hold-confirm').click();
    await hold.getByTestId('form-error').filter({ hasText: 'Write why you confirm or reject this reading.' }).waitFor();
    await hold.getByLabel('Reason for your decision (required)').fill('Confirmed by phone with the Zhuhai observatory');
    await hold.getByTestId('hold-confirm').click();
    await hold.waitFor({ state: 'detached', timeout: FOLLOW_TIMEOUT_MS });
    await liaison
      .locator('[data-testid="signal-entry"][data-authority="gd-zhuhai"][data-hazard="rainstorm"][data-level="red"]')
      .waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await stillSameDocument(liaison)).toBe(true);
    await closeBrowsers();
  });

  it('a feed that stops answering shows as unknown, never as "no signal", and recovers, without reload', async () => {
    const page = await (await browser()).newPage();
    await signIn(page, 'liaison', '/liaison');
    await live(page);
    await typhoonCard(page, '8SE').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await markDocument(page);

    feed.fault('*', { kind: 'status', status: 503 });
    try {
      const banner = smgColumn(page).getByTestId('signal-banner-unknown');
      await banner.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
      expect(await banner.textContent()).toContain('Unknown — not “no signal”.');
      // The last known level stays visible, labelled as such; nothing under SMG claims "no signal in force".
      const card = typhoonCard(page, '8SE');
      await card.and(page.locator('[data-freshness="unknown"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
      expect(await card.getByTestId('signal-level').textContent()).toBe(`Last known: ${TC8SE_NAME}`);
      expect(await smgColumn(page).getByTestId('signal-tracks-none').count()).toBe(0);
      expect(await smgColumn(page).textContent()).not.toContain('No signal in force');
    } finally {
      feed.heal();
    }

    await typhoonCard(page, '8SE').and(page.locator('[data-freshness="fresh"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await smgColumn(page).getByTestId('signal-banner-unknown').waitFor({ state: 'detached', timeout: FOLLOW_TIMEOUT_MS });
    expect(await stillSameDocument(page)).toBe(true);
    await closeBrowsers();
  });

  it('the resident page shows the board saved on the device when the server cannot be reached', async () => {
    const { context, newPage } = await browser();
    const page = await newPage();
    await page.goto(`${origin}/alerts`);
    await typhoonCard(page, '8SE').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await page.waitForFunction(() => localStorage.getItem('qinao.signalBoard')?.includes('"8SE"'));

    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByTestId('signal-board-saved-copy').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await page.getByTestId('signal-board-saved-copy').textContent()).toContain('copy saved on this device');
    expect(await typhoonCard(page, '8SE').textContent()).toContain(TC8SE_NAME);
    await closeBrowsers();
  });

  it('the HQ wall display shows the board and the timeline in large type, with nothing to edit', async () => {
    const page = await (await browser({ viewport: { width: 1920, height: 1080 } })).newPage();
    await signIn(page, 'commander', '/command');
    await page.getByTestId('open-kiosk').click();
    await page.waitForURL(`${origin}/command/kiosk`);
    await page.getByTestId('command-kiosk').waitFor();
    await typhoonCard(page, '8SE').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await page.getByTestId('signal-timeline').getByTestId('timeline-entry').first().waitFor();
    expect(await page.locator('main form, main input, main textarea, main select').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    // Readable across a room: the level's words at least twice the size of ordinary text.
    const levelPx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="signal-level"]')!).fontSize));
    expect(levelPx).toBeGreaterThanOrEqual(32);

    // `?kiosk=1` is the same display.
    await page.goto(`${origin}/command?kiosk=1`);
    await page.getByTestId('command-kiosk').waitFor();
    await closeBrowsers();
  });

  it('renders /alerts and /liaison on a phone without horizontal scrolling', async () => {
    const { newPage } = await browser({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await newPage();
    await page.goto(`${origin}/alerts`);
    await typhoonCard(page, '8SE').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await expectNoHorizontalScroll(page);

    await signIn(page, 'liaison', '/liaison');
    await typhoonCard(page, '8SE').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await page.getByTestId('timeline-entry').first().waitFor();
    await expectNoHorizontalScroll(page);
    await closeBrowsers();
  });
});

/** In English, Portuguese (the longest texts) and Traditional Chinese, nothing sticks out of a 360 px screen. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  for (const language of ['en', 'pt', 'zh-Hant']) {
    await page.getByTestId('language-switch').selectOption(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      sticking: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`)
        .slice(0, 5),
    }));
    expect({ path: new URL(page.url()).pathname, language, ...layout }).toEqual({
      path: new URL(page.url()).pathname,
      language,
      scrollWidth: PHONE_VIEWPORT.width,
      sticking: [],
    });
  }
  await page.getByTestId('language-switch').selectOption('en');
}

