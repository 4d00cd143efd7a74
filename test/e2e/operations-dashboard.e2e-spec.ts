import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AfterActionReport, HazardReport, OperationsKpis, Team } from '@app/contracts';
import { launchBrowser, startAppStack, type AppProcess, type AppStack, type BrowserSession } from '@app/testing';

/**
 * The HQ's operations dashboard and after-action report in a real Chromium against the built api and worker: a team
 * that checked in and a hazard report are seeded through the api, the commander sees them on the map and in the KPI
 * tiles, a new report posted meanwhile appears live, and the after-action page shows the same figure as the api.
 */
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_TIMEOUT_MS = 20_000;
const FOLLOW_TIMEOUT_MS = 15_000;
/** A 1×1 PNG: the smallest photo the api accepts by its content. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('operations dashboard', () => {
  const prefix = `e2e-ops-${randomBytes(4).toString('hex')}`;
  let stack: AppStack;
  let api: AppProcess;
  let worker: AppProcess;
  let origin: string;
  let photoDir: string;
  let token: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    photoDir = await mkdtemp(path.join(tmpdir(), 'qinao-e2e-photos-'));
    stack = await startAppStack({ prefix, env: { PHOTO_STORAGE: 'local', PHOTO_STORAGE_PATH: photoDir } });
    ({ api, worker, origin } = stack);
    token = await signIn('commander');
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await stack?.stop();
    if (photoDir) await rm(photoDir, { recursive: true, force: true });
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      console.error(`api output (last 3000 characters):\n${api?.output().slice(-3000)}`);
      console.error(`worker output (last 3000 characters):\n${worker?.output().slice(-3000)}`);
    });
  });

  async function signIn(username: string): Promise<string> {
    const response = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${origin}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  async function postReport(description: string, severity: HazardReport['severity'], withPhoto: boolean): Promise<HazardReport> {
    const form = new FormData();
    form.append(
      'report',
      JSON.stringify({
        clientId: randomUUID(),
        category: 'fallen-tree',
        severity,
        description,
        location: { lat: 22.1265, lon: 113.5418, accuracyMeters: 12 },
        recordedAt: new Date().toISOString(),
      }),
    );
    if (withPhoto) form.append('photos', new Blob([PNG_1X1], { type: 'image/png' }), 'tree.png');
    const response = await fetch(`${origin}/api/reports`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`POST /api/reports answered ${response.status}: ${text}`);
    return JSON.parse(text) as HazardReport;
  }

  async function commanderPage(): Promise<Page> {
    const session = await launchBrowser();
    browsers.push(session);
    const page = await session.newPage();
    await page.goto(`${origin}/login`);
    await page.getByLabel('Username').fill('commander');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/command`);
    await page.getByTestId('connection-status').and(page.locator('[data-state="live"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
    return page;
  }

  const kpiValue = async (page: Page, id: keyof OperationsKpis | string) => (await page.getByTestId(`kpi-${id}`).getByTestId('kpi-value').textContent())?.trim();

  it('shows seeded units and hazards on the map and in the figures, adds a new report live, and matches the after-action report', async () => {
    const started = new Date(Date.now() - 60_000).toISOString();
    const team = await call<Team>('POST', '/api/teams', {
      kind: 'inspection',
      name: `INS-${randomBytes(2).toString('hex').toUpperCase()}`,
      readiness: 'deployed',
      members: [{ name: 'Chan Tai Man', leader: true }, { name: 'Wong Siu Ming' }],
      vehicles: [{ plate: `MO-${randomBytes(2).toString('hex').toUpperCase()}`, type: 'van', capacity: 6 }],
    });
    await call('POST', '/api/check-ins', {
      clientId: randomUUID(),
      teamId: team.id,
      location: { lat: 22.1372, lon: 113.5465, accuracyMeters: 9 },
      status: 'on-task',
      recordedAt: new Date().toISOString(),
    });
    const first = await postReport('Tree across the cycle path by the sea wall', 'high', true);

    const page = await commanderPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));

    // The compact strip on the command home leads to the operations view.
    await page.getByTestId('kpi-strip').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await page.getByTestId('open-operations').click();
    await page.waitForURL(`${origin}/command/operations`);
    await page.locator('[data-testid="operations-page"][data-status="ready"]').waitFor({ timeout: FOLLOW_TIMEOUT_MS });

    // KPI tiles equal the api's figures and say when they were computed.
    const kpis = await call<OperationsKpis>('GET', '/api/operations/kpis');
    expect(Number(await kpiValue(page, 'openHazards'))).toBe(kpis.openHazards);
    expect(Number(await kpiValue(page, 'teamsOut'))).toBe(kpis.inspectionTeamsOut);
    expect(await page.getByTestId('kpi-updated').textContent()).toMatch(/^Updated /);

    // At the deepest zoom nothing is clustered: the team and the report each have their marker.
    for (let i = 0; i < 3; i++) await page.getByTestId('map-zoom-in').click();
    expect(await page.getByTestId('ops-map-svg').getAttribute('data-zoom')).toBe('8');
    const teamMarker = page.locator(`[data-testid="map-marker"][data-kind="team"][data-id="${team.id}"]`);
    await teamMarker.waitFor({ state: 'attached' });
    expect(await teamMarker.getAttribute('aria-label')).toContain(team.name);
    const firstMarker = page.locator(`[data-testid="map-marker"][data-kind="hazard"][data-id="${first.id}"]`);
    expect(await firstMarker.getAttribute('data-severity')).toBe('high');
    await page.getByTestId('map-reset').click();
    expect(await page.getByTestId('map-legend').isVisible()).toBe(true);

    // The team's row shows its check-in; the report's row opens with its photo fetched with the token.
    const teamRow = page.locator(`[data-testid="team-row"][data-team="${team.id}"]`);
    expect(await teamRow.textContent()).toContain('Last check-in by');
    const firstRow = page.locator(`[data-testid="hazard-row"][data-report="${first.id}"]`);
    await firstRow.getByRole('button').first().click();
    await firstRow.getByTestId('report-photos-show').click();
    const photo = firstRow.getByTestId('report-photo');
    await photo.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await photo.getAttribute('src')).toMatch(/^blob:/);

    // The HQ assigns the report to the team from the dashboard.
    await firstRow.getByTestId('report-to-assigned').click();
    await firstRow.getByTestId('report-team').selectOption(team.id);
    await firstRow.getByTestId('report-apply').click();
    await page.locator(`[data-testid="hazard-row"][data-report="${first.id}"][data-state="assigned"]`).waitFor({ timeout: FOLLOW_TIMEOUT_MS });

    // ... and sends it there with a task that carries the report's location.
    await firstRow.getByTestId('report-send-team').click();
    expect(await firstRow.getByTestId('task-team').inputValue()).toBe(team.id);
    await firstRow.getByTestId('task-create').click();
    await page.getByTestId('ops-tasks').getByTestId('task-row').filter({ hasText: 'Tree across the cycle path' }).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    const tasks = await call<{ items: { hazardReportId: string | null; teamId: string; location: unknown }[] }>('GET', `/api/tasks?state=open&teamId=${team.id}`);
    expect(tasks.items.find((t) => t.hazardReportId === first.id)).toMatchObject({ teamId: team.id, location: { lat: 22.1265, lon: 113.5418 } });

    // A report posted from elsewhere appears without a reload, and the figures follow.
    const second = await postReport('Loose hoarding panel on Rua de Hengqin', 'critical', false);
    await page.locator(`[data-testid="hazard-row"][data-report="${second.id}"]`).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await page.locator(`[data-testid="map-marker"][data-id="${second.id}"], [data-testid="map-cluster"]`).first().waitFor({ state: 'attached' });
    const after = await call<OperationsKpis>('GET', '/api/operations/kpis');
    await expect.poll(() => kpiValue(page, 'openHazards'), { timeout: FOLLOW_TIMEOUT_MS }).toBe(String(after.openHazards));

    // Offline for a moment: when the connection returns, the view asks for the events it may have missed by sequence
    // number instead of reloading everything, and shows what happened meanwhile.
    await page.context().setOffline(true);
    await page.getByTestId('connection-status').and(page.locator('[data-state="offline"]')).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    const third = await postReport('Street light pole leaning over the pavement', 'medium', false);
    const catchUp = page.waitForRequest((r) => r.url().includes('/api/realtime/events?after='), { timeout: LIVE_TIMEOUT_MS });
    await page.context().setOffline(false);
    await catchUp;
    await page.locator(`[data-testid="hazard-row"][data-report="${third.id}"]`).waitFor({ timeout: FOLLOW_TIMEOUT_MS });

    // The after-action report for the period shows the api's figures.
    await page.getByTestId('open-after-action').click();
    await page.waitForURL(`${origin}/command/after-action`);
    const toMacau = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16);
    const ended = new Date(Date.now() + 60_000).toISOString();
    await page.getByTestId('aar-from').fill(toMacau(started));
    await page.getByTestId('aar-to').fill(toMacau(ended));
    await page.getByTestId('aar-load').click();
    const report = page.getByTestId('after-action-report');
    await report.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    const url = new URL(page.url());
    const expected = await call<AfterActionReport>('GET', `/api/after-action?from=${encodeURIComponent(url.searchParams.get('from')!)}&to=${encodeURIComponent(url.searchParams.get('to')!)}&lang=en`);
    expect(expected.hazards.found).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('aar-hazards-found').locator('dd').textContent()).toBe(String(expected.hazards.found));
    expect(await page.getByTestId('aar-inspector-trips').locator('dd').textContent()).toBe(String(expected.teams.inspectorTrips));
    expect(await page.getByTestId('aar-print').isVisible()).toBe(true);

    // The CSV download goes through the token, not a bare link.
    const download = page.waitForEvent('download');
    await page.getByTestId('aar-csv').click();
    expect((await download).suggestedFilename()).toMatch(/^after-action-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);

    // Printed, the report stands alone: no header, navigation or period form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('after-action-form').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // In Traditional Chinese the report is asked for again in that language, with the same figures.
    const zhAnswer = page.waitForResponse((r) => r.url().includes('/api/after-action?') && r.url().includes('lang=zh-Hant'));
    await page.getByTestId('language-switch').selectOption('zh-Hant');
    expect(((await (await zhAnswer).json()) as AfterActionReport).language).toBe('zh-Hant');
    await page.locator('[data-testid="after-action-report"][lang="zh-Hant"]').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await page.getByTestId('aar-hazards-found').locator('dt').textContent()).toBe('發現');
    expect(await page.getByTestId('aar-hazards-found').locator('dd').textContent()).toBe(String(expected.hazards.found));

    expect(problems).toEqual([]);
  });
});
