import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Shelter, Team, VulnerableResident, VulnerableResidentList } from '@app/contracts';
import { launchBrowser, startAppStack, waitFor, type AppProcess, type AppStack, type BrowserSession } from '@app/testing';

/**
 * The HQ's evacuation desk in a real Chromium against the built api and worker: a commander records a transfer into a
 * nearly full shelter and sees the occupancy follow, a second transfer over capacity is refused with the server's
 * reason, and welfare checks a signal 8 playbook asked for are answered — one by sending a team, one by recording the
 * outcome at the desk.
 */
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_TIMEOUT_MS = 20_000;
const FOLLOW_TIMEOUT_MS = 15_000;

describe('evacuation desk', () => {
  const prefix = `e2e-evac-${randomBytes(4).toString('hex')}`;
  let stack: AppStack;
  let api: AppProcess;
  let worker: AppProcess;
  let origin: string;
  let token: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    stack = await startAppStack({ prefix });
    ({ api, worker, origin } = stack);
    token = await signIn('commander');
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
    await page.getByTestId('open-evacuation').click();
    await page.waitForURL(`${origin}/command/evacuation`);
    return page;
  }

  const shelterRow = (page: Page, id: string) => page.locator(`[data-testid="evac-shelter"][data-shelter="${id}"]`);
  const occupancyOf = async (page: Page, id: string) => Number(await shelterRow(page, id).getByTestId('shelter-occupancy').getAttribute('data-occupancy'));

  it('records a transfer into a nearly full shelter, follows the occupancy live and shows why an over-capacity transfer is refused', async () => {
    const suffix = randomBytes(2).toString('hex').toUpperCase();
    const shelter = await call<Shelter>('POST', '/api/shelters', {
      names: { 'zh-Hans': `测试避险中心 ${suffix}`, 'zh-Hant': `測試避險中心 ${suffix}`, pt: `Abrigo de teste ${suffix}`, en: `Test shelter ${suffix}` },
      areaId: 'hetang',
      location: { lat: 22.1281, lon: 113.5452 },
      capacity: 10,
      open: true,
    });
    // Seven people are already in: the shelter is nearly full when the desk opens.
    await call('POST', '/api/transfers', { clientId: randomUUID(), shelterId: shelter.id, people: 7, fromAreaId: 'hetang', recordedAt: new Date().toISOString() });

    const page = await commanderPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await expect.poll(() => occupancyOf(page, shelter.id), { timeout: FOLLOW_TIMEOUT_MS }).toBe(7);
    expect(await shelterRow(page, shelter.id).getByTestId('shelter-occupancy-text').textContent()).toBe('7 of 10 places taken (70%)');

    // Two people from a street in Hetang: 9 of 10, nearly full.
    const form = page.getByTestId('transfer-form');
    await form.getByTestId('transfer-shelter').selectOption(shelter.id);
    await form.getByTestId('transfer-people').fill('2');
    await form.getByTestId('transfer-from-note').fill('Rua do Cais, block 3');
    await form.getByTestId('transfer-save').click();
    await form.getByTestId('form-done').waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await expect.poll(() => occupancyOf(page, shelter.id), { timeout: FOLLOW_TIMEOUT_MS }).toBe(9);
    expect(await shelterRow(page, shelter.id).getByTestId('shelter-free').textContent()).toBe('1 free');
    expect(await shelterRow(page, shelter.id).locator('.evac-occupancy--nearly-full').count()).toBe(1);
    const recent = page.getByTestId('transfer-row').first();
    expect(await recent.textContent()).toContain('Rua do Cais, block 3');
    expect(await recent.textContent()).toContain(`Test shelter ${suffix}`);

    // Three more do not fit: the desk warns, the server refuses, and the reason is shown with the free places.
    // The form kept the shelter; where these people come from is asked again.
    expect(await form.getByTestId('transfer-shelter').inputValue()).toBe(shelter.id);
    await form.getByTestId('transfer-people').fill('3');
    await form.getByTestId('transfer-from-note').fill('Rua do Cais, block 5');
    await form.getByTestId('transfer-room-warning').waitFor();
    await form.getByTestId('transfer-save').click();
    const error = form.getByTestId('form-error');
    await error.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await error.textContent()).toContain('The shelter is full: this transfer was not recorded.');
    expect(await error.textContent()).toContain('1 free place (9 of 10 taken)');
    expect(await occupancyOf(page, shelter.id)).toBe(9);

    // A change made elsewhere arrives live (ops.shelter): four people go home.
    await call('POST', `/api/shelters/${shelter.id}/departures`, { people: 4 });
    await expect.poll(() => occupancyOf(page, shelter.id), { timeout: FOLLOW_TIMEOUT_MS }).toBe(5);
    expect(problems).toEqual([]);
  });

  it('lists the welfare checks a signal 8 playbook asked for; the HQ sends a team to one and records the outcome of another', async () => {
    const team = await call<Team>('POST', '/api/teams', {
      kind: 'inspection',
      name: `WEL-${randomBytes(2).toString('hex').toUpperCase()}`,
      readiness: 'standby',
      members: [{ name: 'Chan Tai Man', leader: true }, { name: 'Wong Siu Ming' }],
    });
    const visited = await call<VulnerableResident>('POST', '/api/vulnerable-residents', {
      name: 'Leong Mei Ling',
      phone: '+853 6123 4567',
      address: 'Rua do Cais 3, 2/F',
      areaId: 'hetang',
      kinds: ['elderly-alone', 'low-lying-home'],
      needs: 'Walking frame',
    });
    const phoned = await call<VulnerableResident>('POST', '/api/vulnerable-residents', {
      name: 'Ho Ka Wai',
      address: 'Avenida Central 18, 5/F',
      areaId: 'hetang',
      kinds: ['bedridden'],
    });

    // Signal 8: the playbook asks for a welfare check of everyone on the register.
    const signal = await fetch(`${origin}/api/signals/manual`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        authority: 'smg',
        area: 'macau',
        hazard: 'tropical-cyclone',
        level: '8SE',
        action: 'issue',
        issuedAt: new Date(Date.now() - 60_000).toISOString(),
        reason: 'SMG feed down; signal read from the TDM broadcast',
      }),
    });
    expect(signal.status).toBe(201);
    await waitFor(
      async () => {
        const due = (await call<VulnerableResidentList>('GET', '/api/vulnerable-residents?due=true')).items.map((r) => r.id);
        expect(due).toEqual(expect.arrayContaining([visited.id, phoned.id]));
      },
      { timeoutMs: FOLLOW_TIMEOUT_MS, intervalMs: 200 },
    );

    const page = await commanderPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    const dueRow = (id: string) => page.locator(`[data-testid="due-row"][data-resident="${id}"]`);
    await dueRow(visited.id).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await dueRow(phoned.id).waitFor();
    expect(await dueRow(visited.id).textContent()).toContain('Walking frame');

    // A team goes to the first resident: the task is created and the check is no longer waiting.
    await dueRow(visited.id).getByTestId('due-team').selectOption(team.id);
    await dueRow(visited.id).getByTestId('due-send-team').click();
    const done = page.getByTestId('due-done');
    await done.filter({ hasText: `Welfare-check task for Leong Mei Ling sent to ${team.name}.` }).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await dueRow(visited.id).waitFor({ state: 'detached', timeout: FOLLOW_TIMEOUT_MS });
    const tasks = await call<{ items: { kind: string; vulnerableResidentId: string | null; teamId: string; title: string }[] }>('GET', '/api/tasks?state=open');
    const task = tasks.items.find((t) => t.vulnerableResidentId === visited.id);
    expect(task).toMatchObject({ kind: 'welfare-check', teamId: team.id, title: 'Welfare check · Hetang Community' });

    // The HQ reached the second resident by phone and records the outcome itself.
    await dueRow(phoned.id).getByTestId('due-record').click();
    const check = dueRow(phoned.id).getByTestId('welfare-check-form');
    await check.getByTestId('check-save').click();
    await check.getByTestId('field-problem').filter({ hasText: 'Choose the outcome.' }).waitFor();
    await check.getByTestId('check-outcome-safe').check();
    await check.getByTestId('check-note').fill('Reached by phone; family staying with her.');
    await check.getByTestId('check-save').click();
    await done.filter({ hasText: 'Outcome recorded for Ho Ka Wai: Safe.' }).waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    await dueRow(phoned.id).waitFor({ state: 'detached', timeout: FOLLOW_TIMEOUT_MS });
    expect(await page.getByTestId('due-count').textContent()).toBe('0');

    // The register shows the outcome and filters by it.
    await page.getByTestId('filter-outcome').selectOption('safe');
    await page.waitForURL(`${origin}/command/evacuation?outcome=safe`);
    const row = page.locator(`[data-testid="resident-row"][data-resident="${phoned.id}"]`);
    await row.waitFor({ timeout: FOLLOW_TIMEOUT_MS });
    expect(await row.getByTestId('resident-outcome').getAttribute('data-outcome')).toBe('safe');
    await expect.poll(() => page.locator(`[data-testid="resident-row"][data-resident="${visited.id}"]`).count(), { timeout: FOLLOW_TIMEOUT_MS }).toBe(0);
    expect(problems).toEqual([]);
  });
});
