import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JobProducer } from '@app/queue';
import { SignalStateModule } from '@app/signals';
import { CapFeedPollService } from './cap-feed-poll.service.js';
import { FeedDocumentFetcher } from './feed-document.fetcher.js';
import { CapPollProcessor, SignalFreshnessProcessor, SmgPollProcessor } from './signals.processors.js';
import { SignalFreshnessCheckService } from './signal-freshness-check.service.js';
import { SmgPollService } from './smg-poll.service.js';

/** Freshness is recomputed this often: a silent source turns stale without any event. */
export const FRESHNESS_CHECK_EVERY_MS = 30_000;

/**
 * Signal ingestion in the worker: the SMG poller every SIGNAL_POLL_INTERVAL_MS, the CAP feed poller when CAP_FEED_URL
 * is set, and the freshness check. Schedulers are upserted by id, so every worker process may declare them; the
 * state service's locks keep two processes from applying one reading twice.
 */
@Module({
  imports: [SignalStateModule],
  providers: [
    FeedDocumentFetcher,
    SmgPollService,
    CapFeedPollService,
    SignalFreshnessCheckService,
    SmgPollProcessor,
    CapPollProcessor,
    SignalFreshnessProcessor,
  ],
})
export class SignalsWorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobProducer,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.signals.pollIntervalMs;
    await this.jobs.schedule('signals', 'smg-poll', { everyMs: every }, 'smg.poll', {});
    await this.jobs.schedule('signals', 'signal-freshness-check', { everyMs: FRESHNESS_CHECK_EVERY_MS }, 'freshness.check', {});
    if (this.config.signals.capFeedUrl) await this.jobs.schedule('signals', 'cap-poll', { everyMs: every }, 'cap.poll', {});
  }
}
