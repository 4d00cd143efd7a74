import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryState, Language } from '@app/contracts';

/** Which subscriptions of the target areas an alert may reach: Actual everyone, Exercise drill-enrolled, Test devices. */
export type SubscriptionAudience = 'everyone' | 'drills' | 'test-devices' | 'nobody';

/** Who an alert reaches: subscriptions with any of these areas, narrowed by audience. */
export interface DeliveryTargeting {
  areaIds: string[];
  audience: SubscriptionAudience;
}

/** A pending delivery this process leased, with what it takes to send it (endpoint null: subscription deleted). */
export interface ClaimedDelivery {
  id: string;
  language: Language;
  attempts: number;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
}

/** The outcome of one send, as written back. `retryInMs` set: stays pending, leased until then. */
export interface DeliveryOutcomeRow {
  id: string;
  state: DeliveryState;
  status: number | null;
  error: string | null;
  retryInMs: number | null;
  /** False when nothing was sent (the host was paused by an earlier 429): the claim's attempt is given back. */
  attempted: boolean;
}

export interface DeliveryCountsRow {
  language: Language;
  state: DeliveryState;
  count: number;
  recentSent: number;
  firstSentAt: Date | null;
  lastUpdatedAt: Date | null;
}

/**
 * The subscription filter of a targeting, shared by the fan-out INSERT and the audience count so the number shown
 * before approval is the number reached. `$1` is the area ids, `$2` the audience.
 */
const AUDIENCE_FILTER = `s.area_ids && $1::text[]
  AND ($2::text = 'everyone' OR ($2::text = 'drills' AND s.enrolled_for_drills) OR ($2::text = 'test-devices' AND s.test_device))`;

/** The delivery ledger (table deliveries). Everything here is set-based: no per-row round trips in the hot path. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Subscriptions a targeting reaches now, per language. */
  async countAudience(targeting: DeliveryTargeting): Promise<{ language: Language; count: number }[]> {
    if (targeting.audience === 'nobody' || targeting.areaIds.length === 0) return [];
    const rows = await this.dataSource.query<{ language: Language; count: number }[]>(
      `SELECT s.language, count(*)::int AS count FROM push_subscriptions s WHERE ${AUDIENCE_FILTER} GROUP BY s.language`,
      [targeting.areaIds, targeting.audience],
    );
    return rows;
  }

  /**
   * Creates one pending row for each of the next `limit` reached subscriptions after subscription id `afterId`
   * (exclusive, null: from the start), in one statement; rows that exist stay. Returns the last subscription id of the
   * page (null: no subscription left) and the rows created, so a fan-out can walk the audience in committed pages.
   */
  async createPageForAlert(alertId: string, targeting: DeliveryTargeting, afterId: string | null, limit: number): Promise<{ lastSubscriptionId: string | null; created: number }> {
    if (targeting.audience === 'nobody' || targeting.areaIds.length === 0) return { lastSubscriptionId: null, created: 0 };
    const [row] = await this.dataSource.query<{ last_id: string | null; created: number }[]>(
      `WITH page AS (
         SELECT s.id, s.language FROM push_subscriptions s
          WHERE ${AUDIENCE_FILTER} AND ($4::uuid IS NULL OR s.id > $4::uuid)
          ORDER BY s.id LIMIT $5),
       created AS (
         INSERT INTO deliveries (alert_id, subscription_id, language)
         SELECT $3::uuid, page.id, page.language FROM page ORDER BY page.id
         ON CONFLICT (alert_id, subscription_id) DO NOTHING
         RETURNING 1)
       SELECT (SELECT id FROM page ORDER BY id DESC LIMIT 1) AS last_id, (SELECT count(*) FROM created)::int AS created`,
      [targeting.areaIds, targeting.audience, alertId, afterId, limit],
    );
    return { lastSubscriptionId: row?.last_id ?? null, created: row?.created ?? 0 };
  }

  /** Refreshes the planner statistics of the ledger, so queries by alert use its index once a large alert is in. */
  async analyze(): Promise<void> {
    await this.dataSource.query(`ANALYZE deliveries`);
  }

  /** One keyset page of an alert's pending delivery ids after `afterId` (exclusive), ascending. */
  async pendingIdsAfter(alertId: string, afterId: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM deliveries WHERE alert_id = $1 AND state = 'pending' AND id > $2::bigint ORDER BY id LIMIT $3`,
      [alertId, afterId, limit],
    );
    return rows.map((row) => String(row.id));
  }

  /**
   * Leases the still-pending, unleased (or lease-expired) rows among `ids` for `leaseMs` and counts the attempt.
   * Rows already final or leased by another worker are left out, so a repeated job sends nothing twice.
   */
  async claim(ids: readonly string[], leaseMs: number): Promise<ClaimedDelivery[]> {
    const rows = await this.dataSource.query<{ id: string; language: Language; attempts: number; endpoint: string | null; p256dh: string | null; auth: string | null }[]>(
      `WITH claimed AS (
         UPDATE deliveries d
            SET lease_until = now() + $2 * interval '1 millisecond', attempts = d.attempts + 1, updated_at = now()
          WHERE d.id = ANY($1::bigint[]) AND d.state = 'pending' AND (d.lease_until IS NULL OR d.lease_until <= now())
          RETURNING d.id, d.language, d.attempts, d.subscription_id)
       SELECT c.id, c.language, c.attempts, s.endpoint, s.p256dh, s.auth
         FROM claimed c LEFT JOIN push_subscriptions s ON s.id = c.subscription_id
        ORDER BY c.id`,
      [ids, leaseMs],
    );
    return rows.map((row) => ({ ...row, id: String(row.id) }));
  }

  /** Ends the pending rows among `ids` that no worker holds, e.g. as cancelled or expired. Returns rows changed. */
  async finishUnleased(ids: readonly string[], state: Exclude<DeliveryState, 'pending' | 'sent'>, reason: string): Promise<number> {
    const [, changed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE deliveries SET state = $2, last_error = $3, lease_until = NULL, updated_at = now()
        WHERE id = ANY($1::bigint[]) AND state = 'pending' AND (lease_until IS NULL OR lease_until <= now())`,
      [ids, state, reason],
    );
    return changed;
  }

  /**
   * Writes a batch of outcomes in one statement. Only rows still pending change (a row finished meanwhile by a
   * cancel keeps its state). Rows with `retryInMs` stay pending, leased until their retry is due.
   */
  async recordOutcomes(outcomes: readonly DeliveryOutcomeRow[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.dataSource.query(
      `UPDATE deliveries d
          SET state = u.state,
              attempts = CASE WHEN u.attempted THEN d.attempts ELSE greatest(d.attempts - 1, 0) END,
              last_status = u.status,
              last_error = u.error,
              sent_at = CASE WHEN u.state = 'sent' THEN now() ELSE d.sent_at END,
              lease_until = CASE WHEN u.retry_ms IS NULL THEN NULL ELSE now() + u.retry_ms * interval '1 millisecond' END,
              updated_at = now()
         FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::int[], $6::bool[]) AS u(id, state, status, error, retry_ms, attempted)
        WHERE d.id = u.id AND d.state = 'pending'`,
      [
        outcomes.map((o) => o.id),
        outcomes.map((o) => o.state),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.error),
        outcomes.map((o) => (o.retryInMs === null ? null : Math.ceil(o.retryInMs))),
        outcomes.map((o) => o.attempted),
      ],
    );
  }

  /** Deletes subscriptions the push service reported gone (their deliveries keep the outcome, subscription_id NULL). */
  async deleteSubscriptionsOf(deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.dataSource.query(
      `DELETE FROM push_subscriptions WHERE id IN (SELECT subscription_id FROM deliveries WHERE id = ANY($1::bigint[]) AND subscription_id IS NOT NULL)`,
      [deliveryIds],
    );
  }

  /** Counts of one alert per language and state, in one aggregate query. */
  async counts(alertId: string, recentSeconds: number): Promise<DeliveryCountsRow[]> {
    const rows = await this.dataSource.query<{ language: Language; state: DeliveryState; count: number; recent_sent: number; first_sent_at: Date | null; last_updated_at: Date | null }[]>(
      `SELECT language, state, count(*)::int AS count,
              (count(*) FILTER (WHERE sent_at > now() - $2 * interval '1 second'))::int AS recent_sent,
              min(sent_at) AS first_sent_at, max(updated_at) AS last_updated_at
         FROM deliveries WHERE alert_id = $1 GROUP BY language, state`,
      [alertId, recentSeconds],
    );
    return rows.map((row) => ({ language: row.language, state: row.state, count: row.count, recentSent: row.recent_sent, firstSentAt: row.first_sent_at, lastUpdatedAt: row.last_updated_at }));
  }

  /**
   * Pending rows nobody is working on — lease ended more than `graceMs` ago, or never leased and untouched for
   * `graceMs` — at most `limit`, grouped by alert in id order. They are marked as just touched (lease cleared), so
   * the next run leaves them alone for another `graceMs` while their new job waits in the queue.
   */
  async takeStalePending(graceMs: number, limit: number): Promise<{ alertId: string; ids: string[] }[]> {
    const [rows] = await this.dataSource.query<[{ alert_id: string; id: string }[], number]>(
      `UPDATE deliveries d SET lease_until = NULL, updated_at = now()
        WHERE d.id IN (
          SELECT id FROM deliveries
           WHERE state = 'pending'
             AND ((lease_until IS NULL AND updated_at < now() - $1 * interval '1 millisecond')
                  OR lease_until < now() - $1 * interval '1 millisecond')
           ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
          AND d.state = 'pending'
        RETURNING d.alert_id, d.id`,
      [graceMs, limit],
    );
    const byAlert = new Map<string, string[]>();
    for (const row of [...rows].sort((a, b) => Number(a.id) - Number(b.id))) {
      const list = byAlert.get(row.alert_id) ?? [];
      list.push(String(row.id));
      byAlert.set(row.alert_id, list);
    }
    return [...byAlert].map(([alertId, ids]) => ({ alertId, ids }));
  }
}
