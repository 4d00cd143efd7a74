import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DeliverySummaryService, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { RealtimePublisher } from '@app/realtime';

/** Each summary recounts the alert's rows, so the interval grows by the base interval per this many rows… */
const ROWS_PER_BASE_INTERVAL = 10_000;
/** …up to this, so a 200k alert is recounted every 2 s per process instead of every 250 ms. */
const MAX_PROGRESS_INTERVAL_MS = 2_000;

/**
 * Publishes `alert.progress` to the HQ, coalesced: at most one per alert per interval in this process, and always
 * one after the last change, so the final counts (nothing pending) are what the dashboard ends with. The interval
 * is the configured one for small alerts and grows with the alert's size, keeping the recount's cost bounded.
 */
@Injectable()
export class DispatchProgressPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(DispatchProgressPublisher.name);
  private readonly lastAt = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly intervals = new Map<string, number>();

  constructor(
    private readonly summaries: DeliverySummaryService,
    private readonly publisher: RealtimePublisher,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  /** Notes that the alert's counts changed; the summary is read and published when its interval allows. */
  changed(alertId: string): void {
    if (this.timers.has(alertId)) return;
    const wait = Math.max(0, (this.lastAt.get(alertId) ?? 0) + (this.intervals.get(alertId) ?? this.settings.progressIntervalMs) - Date.now());
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
      if (summary.pending === 0) {
        this.lastAt.delete(alertId);
        this.intervals.delete(alertId);
      } else {
        this.intervals.set(alertId, progressIntervalFor(summary.targeted, this.settings.progressIntervalMs));
      }
    } catch (err) {
      this.logger.warn({ err, alertId }, 'alert progress not published');
    }
  }
}

/** The coalescing interval for an alert of `targeted` rows: never shorter than `baseMs`. */
export function progressIntervalFor(targeted: number, baseMs: number): number {
  return Math.max(baseMs, Math.min(MAX_PROGRESS_INTERVAL_MS, Math.round(baseMs * (targeted / ROWS_PER_BASE_INTERVAL))));
}
