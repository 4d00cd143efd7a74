import { pushTopicFor } from '@app/push';
import { AREAS, DispatchStack } from './support/dispatch-stack.js';
import { expectDispatchInvariants } from './support/dispatch-invariants.js';

/**
 * Push services misbehaving (5xx storms, 404/410, 429 with Retry-After, hanging and reset connections) and people
 * acting at the wrong moment (two commanders approving at once, a Cancel or the alert's expiry in the middle of
 * the fan-out), against the built api and two workers.
 */
describe('dispatch under push-service faults, concurrent approvals, Cancel and expiry', () => {
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
      push.delayMs = 5;
    }
    onTestFailed(() => console.error(stack.outputs()));
  });

  const accepted = () => stack.push.reduce((n, p) => n + p.accepted, 0);
  const rowsOf = async (alertId: string) =>
    (
      await stack.sql.query<{ subscription_id: string; state: string; attempts: number; waited_ms: number }>(
        `SELECT subscription_id, state, attempts, (extract(epoch FROM sent_at - created_at) * 1000)::float8 AS waited_ms FROM deliveries WHERE alert_id = $1`,
        [alertId],
      )
    ).rows;

  it('a 5xx storm is retried with backoff until it passes; 410s delete their subscriptions', async () => {
    const audience = await stack.audienceOf('Actual', AREAS);
    const gone = new Set(audience.filter((_, i) => i % 40 === 7).map((s) => s.id));
    for (const push of stack.push) {
      push.gone([...gone]);
      push.storm(300, 503);
    }
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS });
    await stack.waitFinal(alertId);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience, gone });
    expect(outcome).toMatchObject({ byState: { sent: audience.length - gone.size, removed: gone.size }, duplicates: [] });
    const retried = (await rowsOf(alertId)).filter((r) => r.attempts > 1);
    expect(retried.length).toBeGreaterThanOrEqual(300);
  });

  it('429 with Retry-After pauses that push service only; the other carries on', async () => {
    const audience = await stack.audienceOf('Actual', AREAS.slice(0, 3));
    const [throttled, other] = stack.push;
    throttled!.throttle(8, '2');
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS.slice(0, 3) });
    await stack.waitFinal(alertId);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience });
    expect(outcome.duplicates).toEqual([]);
    const service = new Map(stack.subscriptions.map((s) => [s.id, s.service]));
    const rows = await rowsOf(alertId);
    const onOther = rows.filter((r) => service.get(r.subscription_id) === stack.push.indexOf(other!));
    const onThrottled = rows.filter((r) => service.get(r.subscription_id) === stack.push.indexOf(throttled!));
    // Pauses cost no attempt; only the requests answered 429 count one.
    expect(onOther.every((r) => r.attempts === 1)).toBe(true);
    const answered429 = onThrottled.filter((r) => r.attempts > 1);
    expect(answered429.length).toBeGreaterThan(0);
    expect(answered429.length).toBeLessThanOrEqual(8);
    // Sent again only once Retry-After had passed.
    for (const row of answered429) expect(row.waited_ms).toBeGreaterThanOrEqual(1_900);
  });

  it('hanging and reset connections time out and are retried; nothing is pushed twice', async () => {
    const audience = await stack.audienceOf('Actual', AREAS.slice(1, 4));
    stack.push[0]!.hang(40);
    stack.push[1]!.reset(40);
    const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS.slice(1, 4) });
    await stack.waitFinal(alertId);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience });
    expect(outcome.duplicates).toEqual([]);
    expect((await rowsOf(alertId)).filter((r) => r.attempts > 1).length).toBeGreaterThanOrEqual(80);
  });

  it('two commanders approving at once publish one alert, dispatched once, to test devices only', async () => {
    const audience = await stack.audienceOf('Test', AREAS);
    const alertId = await stack.submitted({ status: 'Test', areaIds: AREAS });
    const answers = await Promise.all([stack.approve(alertId, 'commander'), stack.approve(alertId, 'commander2')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const { rows } = await stack.sql.query(`SELECT id FROM outbox WHERE payload->>'alertId' = $1`, [alertId]);
    expect(rows).toHaveLength(1);
    await stack.waitFinal(alertId);
    const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Test', audience });
    expect(outcome.duplicates).toEqual([]);
  });

  // One worker from here: its four chunk slots hold 2,000 rows, so part of a 3,000-row dispatch has not started
  // when the Cancel or the expiry comes.
  describe('with one worker', () => {
    beforeAll(async () => {
      await stack.stopWorker(1);
    });

    /** Publishes a slow Actual alert to every area and approves its Cancel once 15 % of it is out. */
    const cancelledMidway = async () => {
      const audience = await stack.audienceOf('Actual', AREAS);
      for (const push of stack.push) push.delayMs = 60;
      const before = accepted();
      const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS });
      while (accepted() - before < audience.length * 0.15) await new Promise((r) => setTimeout(r, 5));
      const cancelId = await stack.cancel(alertId);
      const pushedAtCancel = stack.push.reduce((n, p) => n + p.messagesWithTopic(pushTopicFor(alertId)).length, 0);
      return { audience, alertId, cancelId, pushedAtCancel };
    };

    it('a Cancel approved mid fan-out: the rest is cancelled, never pushed; the Cancel itself reaches everyone', async () => {
      const { audience, alertId, cancelId } = await cancelledMidway();
      for (const push of stack.push) push.delayMs = 5;
      await stack.waitFinal(alertId);
      const original = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience, states: ['sent', 'cancelled'] });
      expect(original.byState.cancelled).toBeGreaterThan(0);
      expect(original.byState.sent).toBeGreaterThan(0);
      await stack.waitFinal(cancelId);
      const cancel = await expectDispatchInvariants(stack, { alertId: cancelId, status: 'Actual', audience });
      expect(cancel.byState.sent).toBe(audience.length);
    });

    // Known gap: a chunk checks the alert's state once, before it starts, so rows it has already leased keep going
    // out for as long as the chunk takes (seconds with a slow push service) after the Cancel is approved. Only the
    // requests already on the wire (PUSH_CONCURRENCY) should still arrive.
    it.fails('a Cancel approved mid fan-out: no more than the requests already in flight arrive afterwards', async () => {
      const { alertId, cancelId, pushedAtCancel } = await cancelledMidway();
      for (const push of stack.push) push.delayMs = 5;
      await stack.waitFinal(alertId);
      await stack.waitFinal(cancelId);
      const pushed = stack.push.reduce((n, p) => n + p.messagesWithTopic(pushTopicFor(alertId)).length, 0);
      expect(pushed - pushedAtCancel).toBeLessThanOrEqual(16);
    });

    it('an alert that expires during dispatch: the rest is marked expired, nothing is pushed once expired', async () => {
      const audience = await stack.audienceOf('Actual', AREAS);
      for (const push of stack.push) push.delayMs = 60;
      const alertId = await stack.publish({ status: 'Actual', areaIds: AREAS, expires: new Date(Date.now() + 6_000) });
      await stack.waitFinal(alertId);
      const outcome = await expectDispatchInvariants(stack, { alertId, status: 'Actual', audience, states: ['sent', 'expired'] });
      expect(outcome.byState.expired).toBeGreaterThan(0);
      expect(outcome.byState.sent).toBeGreaterThan(0);
      // Each push carries the seconds the alert had left; none went out with nothing left.
      const ttls = stack.push.flatMap((p) => p.messagesWithTopic(pushTopicFor(alertId)).map((m) => m.ttl));
      expect(Math.min(...ttls)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...ttls)).toBeLessThanOrEqual(6);
    });
  });
});
