import { Inject, Injectable } from '@nestjs/common';
import type { Language, PushChunkJob } from '@app/contracts';
import { AlertRepository, DeliveryRepository, type ClaimedDelivery, type DeliveryOutcomeRow } from '@app/database';
import { deliveryRowFor, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { alertPushPayload, encodePushPayload } from '@app/domain';
import { DeliveryChannels, pushTopicFor, type DeliveryMessage } from '@app/push';
import { JobProducer } from '@app/queue';
import { DispatchAlarms } from './dispatch-alarms.js';
import { DispatchProgressPublisher } from './dispatch-progress.publisher.js';

/** Retried chunks run a little after the last lease of the chunk ended, so every row is claimable again. */
const RETRY_MARGIN_MS = 100;

/**
 * Sends one chunk: leases its pending rows, sends one payload per language (the same Buffer for every recipient of
 * that language) through the delivery channels, and writes every outcome in one statement. Retryable rows go back
 * into the queue as one delayed job.
 */
@Injectable()
export class PushChunkService {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly channels: DeliveryChannels,
    private readonly jobs: JobProducer,
    private readonly progress: DispatchProgressPublisher,
    private readonly alarms: DispatchAlarms,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  async send(job: PushChunkJob): Promise<{ sent: number; retrying: number }> {
    const alert = await this.alerts.findById(job.alertId);
    if (!alert) {
      await this.deliveries.finishUnleased(job.deliveryIds, 'failed', 'alert not found');
      return { sent: 0, retrying: 0 };
    }
    const expiresAt = new Date(alert.content.expires);
    const stop = alert.state === 'cancelled' ? 'cancelled' : alert.state === 'expired' || expiresAt.getTime() <= Date.now() ? 'expired' : null;
    if (stop) {
      await this.deliveries.finishUnleased(job.deliveryIds, stop, `alert ${stop} before sending`);
      this.progress.changed(job.alertId);
      return { sent: 0, retrying: 0 };
    }

    const claimed = await this.deliveries.claim(job.deliveryIds, this.settings.leaseMs);
    if (claimed.length === 0) return { sent: 0, retrying: 0 };

    const payloads = new Map<Language, Buffer>();
    const payloadFor = (language: Language): Buffer => {
      let payload = payloads.get(language);
      if (!payload) payloads.set(language, (payload = encodePushPayload(alertPushPayload({ ...alert.content, id: alert.id }, language))));
      return payload;
    };
    const byId = new Map(claimed.map((row) => [row.id, row]));
    const outcomes: DeliveryOutcomeRow[] = [];
    const messages: DeliveryMessage[] = [];
    for (const row of claimed) {
      if (row.endpoint === null || row.p256dh === null || row.auth === null) {
        // The subscription was deleted after the fan-out (unsubscribed or reported gone by another alert).
        outcomes.push({ id: row.id, state: 'removed', status: null, error: 'subscription deleted', retryInMs: null, attempted: false });
        continue;
      }
      messages.push({ id: row.id, target: webPushTarget(row), payload: payloadFor(row.language) });
    }

    const results = messages.length === 0 ? [] : await this.channels.send({ topic: pushTopicFor(alert.id), expiresAt, urgency: 'high', messages });
    const gone: string[] = [];
    for (const result of results) {
      const row = byId.get(result.id)!;
      outcomes.push(deliveryRowFor(row.id, row.attempts, result.outcome, this.settings));
      if (result.outcome.kind === 'gone') gone.push(row.id);
    }
    this.alarms.record(alert.id, results);
    // Gone subscriptions first: if the outcomes then fail to be written, their rows are claimed again later and end
    // removed (subscription deleted); the other order could leave a removed row whose subscription is still sent to.
    await this.deliveries.deleteSubscriptionsOf(gone);
    await this.deliveries.recordOutcomes(outcomes);

    const retries = outcomes.filter((row) => row.retryInMs !== null);
    if (retries.length > 0) {
      const delayMs = Math.max(...retries.map((row) => row.retryInMs!)) + RETRY_MARGIN_MS;
      const attempt = Math.max(...retries.map((row) => byId.get(row.id)!.attempts));
      const ids = retries.map((row) => row.id);
      await this.jobs.add('dispatch', 'push.chunk', { alertId: alert.id, deliveryIds: ids }, { jobId: `chunk-${alert.id}-${ids[0]}-a${attempt}`, delayMs });
    }
    this.progress.changed(alert.id);
    return { sent: outcomes.filter((row) => row.state === 'sent').length, retrying: retries.length };
  }
}

function webPushTarget(row: ClaimedDelivery): DeliveryMessage['target'] {
  return { channel: 'web-push', subscription: { endpoint: row.endpoint!, expirationTime: null, keys: { p256dh: row.p256dh!, auth: row.auth! } } };
}
