import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { AlertPushPayload } from '@app/contracts';
import {
  FakePushService,
  launchBrowser,
  startAppStack,
  waitFor,
  type AppProcess,
  type AppStack,
  type BrowserSession,
  type ReceivedPush,
  type TestSubscription,
} from '@app/testing';

/**
 * The whole path of a live alert, in Chromium against the built api and worker: an operator drafts from the
 * "Macau signal No. 8 issued" template on the alerts desk and submits it; a second person, a commander, approves it
 * with the typed confirmation; two residents who subscribed on /alerts, one in Portuguese and one in Traditional
 * Chinese, each get the push in their page's service worker, which shows the notification in their language; and the
 * commander's dashboard shows delivery reaching 100 %.
 *
 * What is real and what stands in, and why:
 * - Headless Chromium has no push service it can reach (Chrome's is Google's FCM, fixed in the browser), so
 *   `pushManager.subscribe()` never settles. The resident page's own subscribe flow still runs for real — the
 *   language and area chosen in the page, the notification permission prompt (granted in advance, as a resident
 *   tapping "Allow" would), the service worker registration of /sw.js, the VAPID key fetched from the api and
 *   handed to `subscribe()`, and the public `POST /api/push/subscriptions` — with only `PushManager.subscribe()`
 *   answered by a stand-in. Its subscription carries a real P-256 key pair and auth secret made by the test, and an
 *   endpoint at a local RFC 8030 push service (allowed by PUSH_ALLOW_LOOPBACK, the test-only way past the push
 *   host allow-list).
 * - The worker's real dispatch (outbox relay, fan-out, per-language payload, RFC 8291 encryption, VAPID) sends to
 *   that local push service, which checks the VAPID signature and decrypts the message with an independent
 *   implementation (http_ece) using the subscription's private key, exactly as a browser's push client would.
 * - Those decrypted bytes — what the worker sent, unchanged — are delivered into the page's registered service
 *   worker with the DevTools protocol's `ServiceWorker.deliverPushMessage`, which fires the same `push` event a push
 *   service delivery does. The notification is checked twice: where sw.js hands it to the browser (the worker's own
 *   `registration.showNotification` is watched, the call going through unchanged: the `push` handler must have called
 *   it once with the resident's text, language and the alert id as tag, and it must have succeeded), and in the
 *   browser's list of shown notifications (`registration.getNotifications`).
 * - A fresh Chromium profile reconciles its stored notifications with the platform's displayed ones once, shortly
 *   after start; when the first notification is written before that reconciliation has run (slow start, busy
 *   machine), the notification is dropped from the list at once — no `notificationclose`, nothing in
 *   getNotifications ever — even from a six-line worker. So the worker asks for its notifications once before the
 *   push (which waits for that reconciliation), as any page of a browser that has been running a while would find.
 * This proves every hop that is ours; only the transport between a push service and the browser is simulated.
 */
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_TIMEOUT_MS = 20_000;
const FOLLOW_TIMEOUT_MS = 15_000;
const PUSH_TIMEOUT_MS = 30_000;
const TEMPLATE_ID = 'smg-tc8-issued';
const PT_HEADLINE = 'Sinal n.º 8 içado em Macau: fique em casa';

/** Residents by browser locale (the page picks its language from it) and the area each subscribes to. */
const RESIDENTS = [
  { language: 'pt', locale: 'pt-PT', area: 'lianhua' },
  { language: 'zh-Hant', locale: 'zh-MO', area: 'xiaohengqin' },
] as const;
type ResidentSpec = (typeof RESIDENTS)[number];

/** A `showNotification` call made by the service worker, and how the browser answered it. */
interface ShownNotification {
  title: string;
  body: string | undefined;
  tag: string | undefined;
  lang: string | undefined;
  data: unknown;
  outcome: string;
}

interface Resident {
  spec: ResidentSpec;
  subscription: TestSubscription;
  page: Page;
  context: BrowserContext;
}

/** For `waitFor`: the value once it is there, a failure (so it polls again) while it is not. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} has not appeared`);
  return value;
}

/**
 * Answers `PushManager.subscribe()` in the page with the test's subscription (what the browser's push client would
 * return) and records the application server key the page passed, so the test can check it is the api's VAPID key.
 */
function standInPushManager(subscription: TestSubscription['subscription']): void {
  const win = window as unknown as { __subscribedWithKey?: string };
  let current: PushSubscription | null = null;
  const toBase64Url = (key: BufferSource | string | null | undefined) => {
    if (!key || typeof key === 'string') return key ?? '';
    const bytes = key instanceof ArrayBuffer ? new Uint8Array(key) : new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  PushManager.prototype.subscribe = async function subscribe(options?: PushSubscriptionOptionsInit) {
    win.__subscribedWithKey = toBase64Url(options?.applicationServerKey);
    current = {
      endpoint: subscription.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: null },
      getKey: () => null,
      toJSON: () => subscription,
      unsubscribe: async () => {
        current = null;
        return true;
      },
    } as unknown as PushSubscription;
    return current;
  };
  PushManager.prototype.getSubscription = async function getSubscription() {
    return current;
  };
}

describe('an alert from template to a resident notification', () => {
  const prefix = `e2e-whole-path-${randomBytes(4).toString('hex')}`;
  let push: FakePushService;
  let stack: AppStack;
  let api: AppProcess;
  let worker: AppProcess;
  let origin: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    push = await new FakePushService().start();
    stack = await startAppStack({ prefix, env: { PUSH_ALLOW_LOOPBACK: 'true' } });
    ({ api, worker, origin } = stack);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await stack?.stop();
    await push?.stop();
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      console.error(`api output (last 3000 characters):\n${api?.output().slice(-3000)}`);
      console.error(`worker output (last 3000 characters):\n${worker?.output().slice(-3000)}`);
      console.error(`push service refusals: ${JSON.stringify(push?.refusals)}; decrypt failures: ${push?.decryptFailures}`);
    });
  });

  async function staffPage(username: string): Promise<Page> {
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

  /** A resident subscribes their device on /alerts, in the language their browser asks for, to one area. */
  async function subscribedResident(spec: ResidentSpec): Promise<Resident> {
    const subscription = push.createSubscription(randomUUID());
    const session = await launchBrowser({ locale: spec.locale });
    browsers.push(session);
    const { context } = session;
    await context.grantPermissions(['notifications'], { origin });
    await context.addInitScript(standInPushManager, subscription.subscription);
    const page = await session.newPage();
    await page.goto(`${origin}/alerts`);
    const device = page.getByTestId('device-subscription');
    await device.waitFor();
    // Ticked until it stays ticked: the list can be drawn again while the page settles, which drops a first click.
    const area = device.locator(`input[data-area="${spec.area}"]`);
    await waitFor(
      async () => {
        if (!(await area.isChecked())) await area.click();
        return present((await area.isChecked()) || undefined, `the ${spec.area} area ticked`);
      },
      { timeoutMs: FOLLOW_TIMEOUT_MS },
    );
    await page.getByTestId('device-subscribe').click();
    await page.getByTestId('device-subscribed').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    return { spec, subscription, page, context };
  }

  /** The page's active service worker, as Playwright sees it. */
  async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
    const known = context.serviceWorkers().find((w) => new URL(w.url()).pathname === '/sw.js');
    return known ?? (await context.waitForEvent('serviceworker', { predicate: (w) => new URL(w.url()).pathname === '/sw.js', timeout: FOLLOW_TIMEOUT_MS }));
  }

  /**
   * Watches the worker's `registration.showNotification`: every call is recorded with its outcome and goes through to
   * the browser unchanged. Recorded in this worker instance, so a push handled by any other instance is not counted.
   */
  async function watchNotifications(sw: Worker): Promise<void> {
    await sw.evaluate(() => {
      const scope = self as unknown as { registration: ServiceWorkerRegistration; __shownNotifications?: ShownNotification[] };
      if (scope.__shownNotifications) return;
      const shown: ShownNotification[] = [];
      scope.__shownNotifications = shown;
      const registration = scope.registration;
      const show = registration.showNotification.bind(registration);
      registration.showNotification = async (title: string, options: NotificationOptions = {}) => {
        const call: ShownNotification = { title, body: options.body, tag: options.tag, lang: options.lang, data: options.data as unknown, outcome: 'pending' };
        shown.push(call);
        try {
          await show(title, options);
          call.outcome = 'shown';
        } catch (err) {
          call.outcome = `failed: ${String(err)}`;
          throw err;
        }
      };
    });
    // Lets the profile's one-time reconciliation of shown notifications finish before the first one exists.
    await sw.evaluate(async () => (await (self as unknown as { registration: ServiceWorkerRegistration }).registration.getNotifications()).length);
  }

  /** The notifications the worker has asked the browser to show, once each call has settled. */
  async function shownNotifications(sw: Worker): Promise<ShownNotification[]> {
    return sw.evaluate(() => (self as unknown as { __shownNotifications?: ShownNotification[] }).__shownNotifications ?? []);
  }

  /** Fires a `push` event carrying `data` in the page's service worker, through the DevTools protocol. */
  async function deliverPush(context: BrowserContext, page: Page, data: string): Promise<void> {
    const cdp = await context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
    await cdp.send('ServiceWorker.enable');
    const registration = await waitFor(() => present(registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted), 'the service worker registration'), {
      timeoutMs: FOLLOW_TIMEOUT_MS,
    });
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: registration.registrationId, data });
    await cdp.detach();
  }

  it('an operator drafts from the signal 8 template, a commander approves, residents are notified in their language and delivery reaches 100%', async () => {
    const residents: Resident[] = [];
    for (const spec of RESIDENTS) residents.push(await subscribedResident(spec));
    const vapid = (await (await fetch(`${origin}/api/push/vapid-public-key`)).json()) as { publicKey: string };
    for (const resident of residents) {
      expect(await resident.page.evaluate(() => (window as unknown as { __subscribedWithKey?: string }).__subscribedWithKey)).toBe(vapid.publicKey);
    }
    const client = new pg.Client({ connectionString: stack.db.url });
    await client.connect();
    const stored = await client.query(`SELECT language, area_ids, endpoint FROM push_subscriptions ORDER BY language`).finally(() => client.end());
    expect(stored.rows).toEqual(
      residents.map((r) => ({ language: r.spec.language, area_ids: [r.spec.area], endpoint: r.subscription.subscription.endpoint })).sort((a, b) => a.language.localeCompare(b.language)),
    );

    // The operator drafts from the template on the alerts desk and submits it, live.
    const operator = await staffPage('operator');
    const problems: string[] = [];
    operator.on('pageerror', (err) => problems.push(err.message));
    await operator.getByTestId('open-alerts').click();
    await operator.waitForURL(`${origin}/command/alerts`);
    await operator.getByTestId('template-select').selectOption(TEMPLATE_ID);
    await operator.getByTestId('template-create').click();
    await operator.getByTestId('alert-editor').waitFor();
    const id = new URL(operator.url()).searchParams.get('alert')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await operator.getByTestId('text-pt-headline').inputValue()).toBe(PT_HEADLINE);
    // What each resident should read: the template's text in their language, as the editor shows it.
    const expected = new Map<string, { headline: string; instruction: string }>();
    for (const { language } of RESIDENTS) {
      expected.set(language, {
        headline: await operator.getByTestId(`text-${language}-headline`).inputValue(),
        instruction: await operator.getByTestId(`text-${language}-instruction`).inputValue(),
      });
    }
    expect(expected.get('zh-Hant')!.headline).toMatch(/八號風球/);
    await operator.getByTestId('alert-submit').click();
    await operator
      .locator(`[data-testid="alert-list-item"][data-alert="${id}"]`)
      .and(operator.locator('[data-state="submitted"]'))
      .waitFor({ timeout: FOLLOW_TIMEOUT_MS });

    // A different person, a commander, reviews: who wrote it (by name), whom it reaches, and approves with the phrase.
    const commander = await staffPage('commander');
    await commander.goto(`${origin}/command/alerts?alert=${id}`);
    await commander.getByTestId('alert-review').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await commander.getByTestId('alert-author').textContent()).toBe('Demo Operator');
    expect(await commander.getByTestId('alert-submitter').textContent()).toBe('Demo Operator');
    const audience = commander.getByTestId('alert-audience');
    await audience.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await audience.getAttribute('data-count')).toBe(String(RESIDENTS.length));
    const approve = commander.getByTestId('alert-approve');
    expect(await approve.isDisabled()).toBe(true);
    await commander.getByTestId('approve-confirmation').fill('SEND LIVE ALERT');
    await approve.click();
    await commander.getByTestId('published-actions').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await commander.getByTestId('alert-approver').textContent()).toBe('Demo Commander (You)');

    for (const resident of residents) {
      const { language } = resident.spec;
      const text = expected.get(language)!;
      // The worker encrypts the notification in this resident's language for their subscription; the push service
      // checks the VAPID signature and decrypts it with the subscription's private key.
      const received: ReceivedPush = await waitFor(() => present(push.messages.find((m) => m.id === resident.subscription.id), `the ${language} push`), {
        timeoutMs: PUSH_TIMEOUT_MS,
      });
      expect(received.plaintext).toBeDefined();
      expect(received.urgency).toBe('high');
      expect(received.ttl).toBeGreaterThan(0);
      const payload = JSON.parse(received.plaintext!) as AlertPushPayload;
      expect(payload).toMatchObject({ id, status: 'Actual', msgType: 'Alert', lang: language, headline: text.headline, body: text.instruction });

      // The same bytes reach the resident page's service worker, which shows the notification in their language.
      const sw = await serviceWorkerOf(resident.context);
      await watchNotifications(sw);
      await deliverPush(resident.context, resident.page, received.plaintext!);
      const shown = await waitFor(
        async () => {
          const calls = await shownNotifications(sw);
          return present(calls.length > 0 && calls.every((c) => c.outcome !== 'pending') ? calls : undefined, `the ${language} notification`);
        },
        { timeoutMs: FOLLOW_TIMEOUT_MS },
      );
      const notification = { title: text.headline, body: text.instruction, tag: id, lang: language, data: { id, url: `/alerts?alert=${id}` } };
      expect(shown).toEqual([{ ...notification, outcome: 'shown' }]);
      const listed = await sw.evaluate(async (tag) => {
        const scope = self as unknown as { registration: ServiceWorkerRegistration };
        return (await scope.registration.getNotifications({ tag })).map((n: Notification) => ({ title: n.title, body: n.body, tag: n.tag, lang: n.lang, data: n.data as unknown }));
      }, id);
      expect(listed).toEqual([notification]);
      expect(push.acceptedFor(resident.subscription.id)).toBe(1);
    }

    // The commander's dashboard follows the delivery to the end: everything targeted was sent.
    const progress = commander.getByTestId('delivery-progress');
    await progress.and(commander.locator('[data-finished="true"]')).waitFor({ timeout: PUSH_TIMEOUT_MS });
    expect(await progress.getAttribute('data-done')).toBe('100');
    expect(await commander.getByTestId('progress-targeted').textContent()).toBe(String(RESIDENTS.length));
    expect(await commander.getByTestId('progress-sent').textContent()).toBe(String(RESIDENTS.length));
    expect(await commander.getByTestId('progress-pending').textContent()).toBe('0');
    await commander.getByTestId('delivery-report').waitFor();
    expect(push.accepted).toBe(RESIDENTS.length);
    expect(problems).toEqual([]);
  });
});
