import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  launchBrowser,
  startAppStack,
  type AppProcess,
  type AppStack,
  type BrowserSession,
} from '@app/testing';

/**
 * The alert composer and its two-person approval in a real Chromium against the built api and worker: an operator
 * drafts from the "Macau signal No. 8 issued" template, a commander approves, the alert is published, and its
 * delivery progress appears where the dispatch service offers it.
 */
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_TIMEOUT_MS = 20_000;
const FOLLOW_TIMEOUT_MS = 15_000;
const TEMPLATE_ID = 'smg-tc8-issued';

describe('alert composer and approval', () => {
  const prefix = `e2e-alerts-${randomBytes(4).toString('hex')}`;
  let stack: AppStack;
  let api: AppProcess;
  let worker: AppProcess;
  let origin: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    stack = await startAppStack({ prefix });
    ({ api, worker, origin } = stack);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await stack?.stop();
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      console.error(`api output (last 3000 characters):\n${api?.output().slice(-3000)}`);
      console.error(`worker output (last 3000 characters):\n${worker?.output().slice(-3000)}`);
    });
  });

  async function pageAs(username: string): Promise<Page> {
    const session = await launchBrowser();
    browsers.push(session);
    const page = await session.newPage();
    await page.goto(`${origin}/login`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/command`);
    await page.getByTestId('connection-status').and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
    return page;
  }

  /** The operator opens the desk, creates a draft from the signal 8 template and returns its id. */
  async function draftFromTemplate(page: Page): Promise<string> {
    await page.getByTestId('open-alerts').click();
    await page.waitForURL(`${origin}/command/alerts`);
    await page.getByTestId('template-select').selectOption(TEMPLATE_ID);
    await page.getByTestId('template-create').click();
    await page.getByTestId('alert-editor').waitFor();
    const id = new URL(page.url()).searchParams.get('alert');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return id!;
  }

  const listItem = (page: Page, id: string) => page.locator(`[data-testid="alert-list-item"][data-alert="${id}"]`);

  async function submit(page: Page, id: string): Promise<void> {
    await page.getByTestId('alert-submit').click();
    await listItem(page, id).and(page.locator('[data-state="submitted"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    // The author sees why they cannot approve their own alert.
    const blocked = page.getByTestId('approval-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('A second person must approve');
    expect(await page.getByTestId('alert-approve').isDisabled()).toBe(true);
  }

  /** Whether the dispatch service answers for delivery summaries yet: an unknown route is 404, a known one 401 without a token. */
  async function deliveriesRouteExists(id: string): Promise<boolean> {
    const response = await fetch(`${origin}/api/alerts/${id}/deliveries/summary`);
    return response.status !== 404;
  }

  it('an operator drafts an exercise from the signal 8 template, a commander approves it, and it is published', async () => {
    const operator = await pageAs('operator');
    const problems: string[] = [];
    operator.on('pageerror', (err) => problems.push(err.message));
    const id = await draftFromTemplate(operator);

    // The template's texts in all four languages, with character counts and previews.
    expect(await operator.getByTestId('language-block').count()).toBe(4);
    expect(await operator.getByTestId('text-en-headline').inputValue()).toBe('Macau signal No. 8 issued: stay indoors');
    expect(await operator.getByTestId('area-map').locator('path[data-selected="true"]').count()).toBeGreaterThan(0);
    // People are named, not shown as account ids.
    expect(await operator.getByTestId('alert-author').textContent()).toBe('Demo Operator (You)');

    await operator.getByTestId('status-Exercise').check();
    const banner = operator.getByTestId('drill-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toBe('EXERCISE — not a real alert');
    expect(await operator.getByTestId('text-en-headline').inputValue()).toBe('[EXERCISE] Macau signal No. 8 issued: stay indoors');
    const zhPreview = operator.locator('[data-testid="notification-preview"][data-language="zh-Hans"]');
    expect(await zhPreview.textContent()).toContain('[演习] 澳门已发出八号风球');
    expect(await operator.getByTestId('alert-submit').textContent()).toBe('Submit exercise for approval');

    // An emptied headline is named beside its field after checking, and nothing is submitted.
    await operator.getByTestId('text-pt-headline').fill('');
    await operator.getByTestId('alert-validate').click();
    await operator.locator('[data-testid="field-problem"][data-path="info.pt.headline"]').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await operator.getByTestId('text-pt-headline').fill('[EXERCÍCIO] Sinal n.º 8 içado em Macau: fique em casa');

    await submit(operator, id);

    const commander = await pageAs('commander');
    await commander.goto(`${origin}/command/alerts?alert=${id}`);
    const review = commander.getByTestId('alert-review');
    await review.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await review.getAttribute('data-status')).toBe('Exercise');
    expect(await review.getByTestId('alert-author').textContent()).toBe('Demo Operator');
    expect(await review.getByTestId('alert-submitter').textContent()).toBe('Demo Operator');
    expect(await commander.getByTestId('review-language').count()).toBe(4);
    expect(await commander.getByTestId('alert-target').textContent()).not.toBe('—');
    await commander.getByTestId('alert-audience').waitFor();
    expect(await commander.getByTestId('approval-blocked').count()).toBe(0);
    const approve = commander.getByTestId('alert-approve');
    expect(await approve.textContent()).toBe('Approve exercise');
    await approve.click();

    await commander.getByTestId('published-actions').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await commander.getByTestId('alert-review').getAttribute('data-state')).toBe('published');
    // The author's desk follows without a reload.
    await listItem(operator, id).and(operator.locator('[data-state="published"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });

    if (await deliveriesRouteExists(id)) {
      await commander.getByTestId('delivery-progress').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    } else {
      await commander.getByTestId('delivery-progress-unavailable').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    }
    expect(problems).toEqual([]);
  });

  it('a severe live alert needs the typed confirmation phrase before a commander can approve it', async () => {
    const operator = await pageAs('operator');
    const id = await draftFromTemplate(operator);
    expect(await operator.getByTestId('drill-banner').count()).toBe(0);
    expect(await operator.getByTestId('alert-submit').textContent()).toBe('Submit LIVE alert for approval');
    await submit(operator, id);

    const commander = await pageAs('commander');
    await commander.goto(`${origin}/command/alerts?alert=${id}`);
    const approve = commander.getByTestId('alert-approve');
    await approve.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await approve.textContent()).toBe('Approve and send LIVE alert');
    expect(await approve.isDisabled()).toBe(true);
    await commander.getByTestId('approve-confirmation').fill('send alert');
    expect(await approve.isDisabled()).toBe(true);
    await commander.getByTestId('approve-confirmation').fill('SEND LIVE ALERT');
    await approve.click();
    await commander.getByTestId('published-actions').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await commander.getByTestId('alert-review').getAttribute('data-state')).toBe('published');

    // A resident opening the alert from a notification reads it in their language, with nothing marking it as a drill.
    if ((await fetch(`${origin}/api/alerts/public`)).status !== 404) {
      const residentBrowser = await launchBrowser({ locale: 'pt-PT' });
      browsers.push(residentBrowser);
      const resident = await residentBrowser.newPage();
      await resident.goto(`${origin}/alerts?alert=${id}`);
      const shown = resident.locator(`[data-testid="public-alert"][data-alert="${id}"]`);
      await shown.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
      expect(await shown.getAttribute('data-status')).toBe('Actual');
      expect(await shown.getByTestId('drill-banner').count()).toBe(0);
      expect(await shown.textContent()).toContain('Sinal n.º 8 içado em Macau: fique em casa');
      await resident.getByTestId('device-subscription').waitFor();
      await resident.getByTestId('answer-safe').click();
      await resident.getByTestId('answer-note').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    }

    // "Sent in error" is one click (and a confirmation) away: the correction goes out at once and the desk opens it.
    const dialogs: string[] = [];
    commander.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await commander.getByTestId('alert-sent-in-error').click();
    const correction = commander.locator(`[data-testid="alert-detail"]:not([data-alert="${id}"])`);
    await correction.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(dialogs).toHaveLength(1);
    expect(await correction.getByTestId('alert-review').getAttribute('data-state')).toBe('published');
  });
});
