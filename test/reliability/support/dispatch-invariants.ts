import type { AlertStatus, DeliveryState } from '@app/contracts';
import { pushTopicFor } from '@app/push';
import type { DispatchStack, SeededSubscription } from './dispatch-stack.js';

export interface DispatchExpectation {
  alertId: string;
  status: AlertStatus;
  /** Who the alert had to reach, worked out by the test before approval. */
  audience: readonly SeededSubscription[];
  /**
   * Subscriptions whose rows were in flight when a process died or lost its database connection: the push service
   * may have taken their message without the outcome being written, so only these may be pushed twice.
   */
  ambiguous?: ReadonlySet<string>;
  /** States rows may end in; default sent (and removed, for `gone`). */
  states?: readonly DeliveryState[];
  /** Subscriptions the push service answered 404/410 for. */
  gone?: ReadonlySet<string>;
}

export interface DispatchOutcome {
  byState: Partial<Record<DeliveryState, number>>;
  /** Subscriptions pushed more than once. */
  duplicates: string[];
  rows: number;
}

interface PushBody {
  id: string;
  status: AlertStatus;
  lang: string;
}

/**
 * What every fault must leave behind: every row of the alert final; exactly one row per subscription of the
 * audience (computed by the test, not by the product's query) and none for anyone else; each sent row pushed at
 * least once, more than once only when it was in flight at the fault, and always with the alert's Topic; nothing
 * pushed for rows cancelled, expired, failed or removed (unless in flight at the fault); gone subscriptions deleted;
 * no Exercise or Test message at a subscription not enrolled for it; and the summary the HQ sees equal to the rows.
 */
export async function expectDispatchInvariants(stack: DispatchStack, expectation: DispatchExpectation): Promise<DispatchOutcome> {
  const { alertId, audience } = expectation;
  const ambiguous = expectation.ambiguous ?? new Set<string>();
  const gone = expectation.gone ?? new Set<string>();
  const allowed = new Set<DeliveryState>(expectation.states ?? (gone.size > 0 ? ['sent', 'removed'] : ['sent']));
  const { rows } = await stack.sql.query<{ subscription_id: string | null; state: DeliveryState; last_status: number | null; last_error: string | null }>(
    `SELECT subscription_id, state, last_status, last_error FROM deliveries WHERE alert_id = $1`,
    [alertId],
  );

  // Every row final, and only in the states this fault allows.
  const byState: Partial<Record<DeliveryState, number>> = {};
  for (const row of rows) byState[row.state] = (byState[row.state] ?? 0) + 1;
  expect(byState.pending ?? 0, 'rows still pending').toBe(0);
  for (const state of Object.keys(byState)) expect(allowed, `unexpected final state ${state}`).toContain(state);

  // One row per subscription of the audience, none for anyone else; rows of deleted subscriptions were gone ones.
  const audienceIds = new Set(audience.map((s) => s.id));
  const withSubscription = rows.filter((r) => r.subscription_id !== null).map((r) => r.subscription_id!);
  expect(new Set(withSubscription).size, 'one row per subscription').toBe(withSubscription.length);
  expect(withSubscription.filter((id) => !audienceIds.has(id)), 'rows for subscriptions outside the audience').toEqual([]);
  const existing = await stack.existingSubscriptions();
  const rowIds = new Set(withSubscription);
  const missing = audience.filter((s) => !rowIds.has(s.id)).map((s) => s.id);
  expect(missing.filter((id) => existing.has(id)), 'subscriptions of the audience without a row').toEqual([]);
  const orphans = rows.filter((r) => r.subscription_id === null);
  expect(orphans.length, 'rows of deleted subscriptions').toBe(missing.length);
  for (const orphan of orphans) {
    expect(orphan.state).toBe('removed');
    // Answered 404/410, or its outcome was lost after the subscription was deleted and the retry found it gone.
    if (orphan.last_status === null) expect(orphan.last_error).toBe('subscription deleted');
    else expect([404, 410]).toContain(orphan.last_status);
  }
  expect(rows.length).toBe(audience.length);
  for (const id of gone) {
    if (!audienceIds.has(id)) continue;
    expect(existing.has(id), `gone subscription ${id} still stored`).toBe(false);
  }

  // What the push services took for this alert, by subscription.
  const topic = pushTopicFor(alertId);
  const bySubscription = new Map(audience.map((s) => [s.id, s]));
  const pushed = new Map<string, number>();
  for (const service of stack.push) {
    expect(service.decryptFailures, 'messages that did not decrypt').toBe(0);
    for (const message of service.messages) {
      if (message.topic !== topic) continue;
      const subscription = bySubscription.get(message.id);
      expect(subscription, `message for ${message.id}, outside the audience`).toBeDefined();
      expect(message.urgency).toBe('high');
      const body = JSON.parse(message.plaintext ?? 'null') as PushBody | null;
      expect(body, 'message was not decrypted').not.toBeNull();
      expect(body).toMatchObject({ id: alertId, status: expectation.status, lang: subscription!.language });
      pushed.set(message.id, (pushed.get(message.id) ?? 0) + 1);
    }
  }
  const duplicates = [...pushed].filter(([, n]) => n > 1).map(([id]) => id);
  expect(duplicates.filter((id) => !ambiguous.has(id)), 'pushed twice without being in flight at a fault').toEqual([]);
  for (const row of rows) {
    if (row.subscription_id === null) continue;
    const n = pushed.get(row.subscription_id) ?? 0;
    if (row.state === 'sent') expect(n, `sent row of ${row.subscription_id} never reached the push service`).toBeGreaterThanOrEqual(1);
    else if (!ambiguous.has(row.subscription_id)) expect(n, `${row.state} row of ${row.subscription_id} was pushed`).toBe(0);
  }

  expectNoDrillLeaks(stack);

  // The HQ's summary counts the same rows.
  const summary = await stack.summary(alertId);
  expect(summary).toMatchObject({
    targeted: rows.length,
    pending: 0,
    sent: byState.sent ?? 0,
    failed: byState.failed ?? 0,
    removed: byState.removed ?? 0,
    expired: byState.expired ?? 0,
    cancelled: byState.cancelled ?? 0,
  });
  if (rows.length > 0) expect(summary.finishedAt).not.toBeNull();
  return { byState, duplicates, rows: rows.length };
}

/** No Exercise or Test message ever reached a subscription not enrolled for drills or not a test device, and every message names its alert in its Topic. */
export function expectNoDrillLeaks(stack: DispatchStack): void {
  const byId = new Map(stack.subscriptions.map((s) => [s.id, s]));
  for (const service of stack.push) {
    for (const message of service.messages) {
      const body = JSON.parse(message.plaintext ?? 'null') as PushBody | null;
      if (!body) continue;
      expect(message.topic, 'Topic of the message').toBe(pushTopicFor(body.id));
      const subscription = byId.get(message.id);
      if (body.status === 'Exercise') expect(subscription?.drills, `Exercise message at ${message.id}, not enrolled for drills`).toBe(true);
      if (body.status === 'Test') expect(subscription?.testDevice, `Test message at ${message.id}, not a test device`).toBe(true);
    }
  }
}
