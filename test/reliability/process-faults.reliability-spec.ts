import { AREAS, DispatchStack } from './support/dispatch-stack.js';
import { expectDispatchInvariants } from './support/dispatch-invariants.js';

/**
 * Processes, Redis and PostgreSQL failing in the middle of a fan-out, with the built api and two workers as
 * production runs them: each dispatch still ends with every row final, nobody missed, and a second push only for
 * rows that were in flight when a process died or lost its database connection.
 */
describe('dispatch survives process, Redis and PostgreSQL faults mid fan-out', () => {
  let stack: DispatchStack;

  beforeAll(async () => {
    stack = await DispatchStack.start({ subscriptions: 3_000 });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  beforeEach(({ onTestFailed }) => {
    for (const push of stack.push) {
      push.clearFaults();
      push.delayMs = 20;
    }
    onTestFailed(() => console.error(stack.outputs()));
  });

  /** Accepted so far at both push services. */
  const accepted = () => stack.push.reduce((n, p) => n + p.accepted, 0);
  /** Resolves once `fraction` of `audience` more messages than `from` were accepted. */
  const whenFraction = async (from: number, audience: number, fraction: number) => {
    const target = from + Math.max(1, Math.floor(audience * fraction));
    const deadline = Date.now() + 30_000;
    while (accepted() < target) {
      if (Date.now() > deadline) throw new Error(`only ${accepted() - from} of ${audience} pushes accepted`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  // Two workers share the queue until the graceful stop; the faults after it hit the one left, whose chunk slots
  // hold fewer than the 3,000 rows, so a lost queue loses chunks nobody has started.
  it('SIGTERM of a worker mid fan-out: it drains what it holds, the other takes the rest, nothing pushed twice', async () => {
    const audience = await stack.audienceOf('Actual', AREAS);
    const before = accepted();
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS });
    await whenFraction(before, audience.length, 0.2);
    await stack.stopWorker(1);
    // No idle time skipped: a graceful stop leaves no lease behind.
    await stack.waitFinal(alertId, { timeoutMs: 30_000 });
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience });
    expect(outcome.duplicates).toEqual([]);
  });

  it('kill -9 of the worker during an Exercise: drill-enrolled subscriptions only, each reached, doubles only where in flight', async () => {
    const audience = await stack.audienceOf('Exercise', AREAS);
    expect(audience.length).toBeGreaterThan(500);
    const before = accepted();
    const alertId = await stack.publish({ status: 'Exercise', areaIds: AREAS });
    await whenFraction(before, audience.length, 0.3);
    await stack.killWorker(0);
    const inFlight = await stack.leasedNow(alertId);
    await stack.startWorker(0);
    const { skips } = await stack.waitFinal(alertId, { skipIdle: true });
    expect(skips).toBeGreaterThan(0);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Exercise', audience, ambiguous: inFlight });
    expect(outcome.byState.sent).toBe(audience.length);
  });

  it('Redis FLUSHALL mid fan-out: lost chunks and schedules come back from PostgreSQL, nothing pushed twice', async () => {
    const audience = await stack.audienceOf('Actual', AREAS);
    const before = accepted();
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS });
    await whenFraction(before, audience.length, 0.2);
    await stack.redis.flushAll();
    // The relay's and the reconciler's schedules lived in Redis too; the worker declares them again.
    await waitForSchedulers(stack);
    // Chunks that were only queued are lost: the reconciler has to find them.
    const { skips } = await stack.waitFinal(alertId, { skipIdle: true });
    expect(skips).toBeGreaterThan(0);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience });
    expect(outcome.duplicates).toEqual([]);
  });

  it('Redis restarted without persistence mid fan-out: the processes reconnect and finish, nothing pushed twice', async () => {
    const audience = await stack.audienceOf('Actual', AREAS);
    const before = accepted();
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS });
    await whenFraction(before, audience.length, 0.2);
    await stack.redis.restart(500);
    await waitForSchedulers(stack);
    // Chunks that were only queued are lost: the reconciler has to find them.
    const { skips } = await stack.waitFinal(alertId, { skipIdle: true });
    expect(skips).toBeGreaterThan(0);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience });
    expect(outcome.duplicates).toEqual([]);
  });

  it('PostgreSQL connections terminated again and again mid fan-out: every row final, doubles only where in flight', async () => {
    const audience = await stack.audienceOf('Actual', AREAS);
    const before = accepted();
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS });
    await whenFraction(before, audience.length, 0.2);
    // Every 100 ms for 2 s, so statements are cut while they run, not only idle pooled connections.
    const inFlight = new Set<string>();
    let terminated = 0;
    for (const until = Date.now() + 2_000; Date.now() < until; ) {
      for (const id of await stack.leasedNow(alertId)) inFlight.add(id);
      terminated += await stack.terminateDatabaseConnections();
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const id of await stack.leasedNow(alertId)) inFlight.add(id);
    expect(terminated).toBeGreaterThan(0);
    await stack.waitFinal(alertId, { skipIdle: true });
    await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience, ambiguous: inFlight });
    // The processes still serve.
    expect((await fetch(`${stack.workers[0]!.url}/health`)).status).toBe(200);
    expect((await fetch(`${stack.api.url}/health`)).status).toBe(200);
  });
});

async function waitForSchedulers(stack: DispatchStack, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const schedulers = await stack.dispatchSchedulers().catch(() => [] as string[]);
    if (schedulers.includes('dispatch-reconcile') && schedulers.includes('outbox-relay')) return;
    if (Date.now() > deadline) throw new Error(`the dispatch schedules did not come back after Redis lost them (found: ${schedulers.join(', ') || 'none'})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
