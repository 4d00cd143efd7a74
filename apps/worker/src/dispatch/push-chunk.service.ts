import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { Language, PushChunkJob } from '@app/contracts';
import { AlertRepository, DeliveryRepository, type ClaimedDelivery, type DeliveryOutcomeRow } from '@app/database';
import { deliveryRowFor, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { alertPushPayload, encodePushPayload } from '@app/domain';
import { DeliveryChannels, pushTopicFor, type DeliveryMessage, type DeliveryResult } from '@app/push';
import { JobProducer } from '@app/queue';
import { AlertStopWatcher, stopReasonOf } from './alert-stop.watcher.js';
import { chunkStop, sendDeadline } from './chunk-stop.js';
import { DispatchAlarms } from './dispatch-alarms.js';
import { DispatchProgressPublisher } from './dispatch-progress.publisher.js';

/** Retried chunks run a little after the last lease of the chunk ended, so every row is claimable again. */
const RETRY_MARGIN_MS = 100;
/** Retries due within the same second go back as one job; a host paused for a minute does not hold up the others. */
const RETRY_GROUP_MS = 1_000;

/**
 * Sends one chunk: leases its pending rows, sends one payload per language (the same Buffer for every recipient of
 * that language) through the delivery channels, and writes every outcome in one statement. While it sends, the
 * alert's state is followed (AlertStopWatcher): once it is cancelled or expired, rows not yet on the wire end
 * cancelled or expired; rows not started before the lease runs short are handed back. Retryable rows go back into
 * the queue as delayed jobs, one per second of delay.
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
    private readonly stops: AlertStopWatcher,
    private readonly config: AppConfig,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  async send(job: PushChunkJob): Promise<{ sent: number; retrying: number }> {
    const alert = await this.alerts.findById(job.alertId);
    if (!alert) {
      await this.deliveries.finishUnleased(job.deliveryIds, 'failed', 'alert not found');
      return { sent: 0, retrying: 0 };
    }
    const expiresAt = new Date(alert.content.expires);
    const stop = stopReasonOf({ state: alert.state, expiresAt }, Date.now());
    if (stop) {
      await this.deliveries.finishUnleased(job.deliveryIds, stop, `alert ${stop} before sending`);
      this.progress.changed(job.alertId);
      return { sent: 0, retrying: 0 };
    }

    const claimStartedAt = Date.now();
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

    let results: DeliveryResult[] = [];
    if (messages.length > 0) {
      const watch = this.stops.watch(alert.id, { state: alert.state, expiresAt });
      try {
        const stop = chunkStop(watch, sendDeadline(claimStartedAt, this.settings.leaseMs, this.config.push.timeoutMs));
        results = await this.channels.send({ topic: pushTopicFor(alert.id), expiresAt, urgency: 'high', messages, stop });
      } finally {
        watch.release();
      }
    }
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
    const groups = new Map<number, DeliveryOutcomeRow[]>();
    for (const row of retries) {
      const second = Math.ceil(row.retryInMs! / RETRY_GROUP_MS);
      let group = groups.get(second);
      if (!group) groups.set(second, (group = []));
      group.push(row);
    }
    const queuedAt = Date.now();
    for (const group of groups.values()) {
      const delayMs = Math.max(...group.map((row) => row.retryInMs!)) + RETRY_MARGIN_MS;
      const attempt = Math.max(...group.map((row) => byId.get(row.id)!.attempts));
      const ids = group.map((row) => row.id);
      // The time makes the id new: a retry that used no attempt (a paused host, a hand-back) would otherwise reuse
      // the id of the job running now, and the queue would drop it as a duplicate.
      await this.jobs.add('dispatch', 'push.chunk', { alertId: alert.id, deliveryIds: ids }, { jobId: `chunk-${alert.id}-${ids[0]}-a${attempt}-t${queuedAt}`, delayMs });
    }
    this.progress.changed(alert.id);
    return { sent: outcomes.filter((row) => row.state === 'sent').length, retrying: retries.length };
  }
}

function webPushTarget(row: ClaimedDelivery): DeliveryMessage['target'] {
  return { channel: 'web-push', subscription: { endpoint: row.endpoint!, expirationTime: null, keys: { p256dh: row.p256dh!, auth: row.auth! } } };
}
