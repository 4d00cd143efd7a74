import { Injectable } from '@nestjs/common';
import { LANGUAGES, type AlertAudience, type DeliverySummary, type Language } from '@app/contracts';
import { AlertRepository, DeliveryRepository, type DeliveryCountsRow } from '@app/database';
import { DomainError } from '@app/domain';
import { AlertTargetingService } from './alert-targeting.service.js';

/** The rate counts pushes accepted over this many seconds. */
const RATE_WINDOW_SECONDS = 5;

/** What the HQ sees of an alert's dispatch: the audience before approval and the delivery counts after. */
@Injectable()
export class DeliverySummaryService {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly targeting: AlertTargetingService,
  ) {}

  async summary(alertId: string): Promise<DeliverySummary> {
    await this.requireAlert(alertId);
    return summarize(alertId, await this.deliveries.counts(alertId, RATE_WINDOW_SECONDS), new Date());
  }

  /** The summary without checking that the alert exists (the worker knows it does). */
  async summaryOfKnownAlert(alertId: string): Promise<DeliverySummary> {
    return summarize(alertId, await this.deliveries.counts(alertId, RATE_WINDOW_SECONDS), new Date());
  }

  async audience(alertId: string): Promise<AlertAudience> {
    const alert = await this.requireAlert(alertId);
    const counts = await this.deliveries.countAudience(await this.targeting.targetingFor({ status: alert.status, target: alert.content.target }));
    const byLanguage = Object.fromEntries(LANGUAGES.map((language) => [language, 0])) as Record<Language, number>;
    for (const row of counts) byLanguage[row.language] = row.count;
    return { alertId, status: alert.status, subscriptions: counts.reduce((sum, row) => sum + row.count, 0), byLanguage };
  }

  private async requireAlert(alertId: string) {
    const alert = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(alertId) ? await this.alerts.findById(alertId) : null;
    if (!alert) throw new DomainError('not_found', 'alert_not_found', `There is no alert ${alertId}.`);
    return alert;
  }
}

/** Folds the per-(language, state) counts into the wire summary. */
export function summarize(alertId: string, rows: readonly DeliveryCountsRow[], now: Date): DeliverySummary {
  const summary: DeliverySummary = {
    alertId,
    targeted: 0,
    sent: 0,
    failed: 0,
    removed: 0,
    expired: 0,
    cancelled: 0,
    pending: 0,
    ratePerSecond: 0,
    firstSentAt: null,
    finishedAt: null,
    byLanguage: Object.fromEntries(LANGUAGES.map((language) => [language, { targeted: 0, sent: 0 }])) as DeliverySummary['byLanguage'],
    at: now.toISOString(),
  };
  let firstSent: Date | null = null;
  let lastUpdate: Date | null = null;
  let recent = 0;
  for (const row of rows) {
    summary.targeted += row.count;
    summary[row.state] += row.count;
    summary.byLanguage[row.language].targeted += row.count;
    if (row.state === 'sent') summary.byLanguage[row.language].sent += row.count;
    recent += row.recentSent;
    if (row.firstSentAt && (!firstSent || row.firstSentAt < firstSent)) firstSent = row.firstSentAt;
    if (row.lastUpdatedAt && (!lastUpdate || row.lastUpdatedAt > lastUpdate)) lastUpdate = row.lastUpdatedAt;
  }
  summary.ratePerSecond = Math.round(recent / RATE_WINDOW_SECONDS);
  summary.firstSentAt = firstSent?.toISOString() ?? null;
  summary.finishedAt = summary.targeted > 0 && summary.pending === 0 ? (lastUpdate?.toISOString() ?? null) : null;
  return summary;
}
