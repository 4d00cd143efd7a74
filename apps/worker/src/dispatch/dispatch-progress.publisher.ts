import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DeliverySummaryService, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { RealtimePublisher } from '@app/realtime';

/**
 * Publishes `alert.progress` to the HQ, coalesced: at most one per alert per interval in this process, and always
 * one after the last change, so the final counts (nothing pending) are what the dashboard ends with.
 */
@Injectable()
export class DispatchProgressPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(DispatchProgressPublisher.name);
  private readonly lastAt = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly summaries: DeliverySummaryService,
    private readonly publisher: RealtimePublisher,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  /** Notes that the alert's counts changed; the summary is read and published when its interval allows. */
  changed(alertId: string): void {
    if (this.timers.has(alertId)) return;
    const wait = Math.max(0, (this.lastAt.get(alertId) ?? 0) + this.settings.progressIntervalMs - Date.now());
    this.timers.set(alertId, setTimeout(() => void this.flush(alertId), wait));
  }

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async flush(alertId: string): Promise<void> {
    // A change while this reads and publishes schedules the next one.
    this.timers.delete(alertId);
    this.lastAt.set(alertId, Date.now());
    try {
      const summary = await this.summaries.summaryOfKnownAlert(alertId);
      await this.publisher.publish('hq', 'alert.progress', summary, { persist: false });
      if (summary.pending === 0) this.lastAt.delete(alertId);
    } catch (err) {
      this.logger.warn({ err, alertId }, 'alert progress not published');
    }
  }
}
