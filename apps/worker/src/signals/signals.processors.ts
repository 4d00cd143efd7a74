import { Injectable } from '@nestjs/common';
import { ProcessesJob, type JobProcessor } from '@app/queue';
import { CapFeedPollService } from './cap-feed-poll.service.js';
import { SignalFreshnessCheckService } from './signal-freshness-check.service.js';
import { SmgPollService } from './smg-poll.service.js';

@Injectable()
@ProcessesJob('signals', 'smg.poll')
export class SmgPollProcessor implements JobProcessor<'signals', 'smg.poll'> {
  constructor(private readonly smg: SmgPollService) {}

  async process(): Promise<void> {
    await this.smg.pollAll();
  }
}

@Injectable()
@ProcessesJob('signals', 'cap.poll')
export class CapPollProcessor implements JobProcessor<'signals', 'cap.poll'> {
  constructor(private readonly cap: CapFeedPollService) {}

  async process(): Promise<void> {
    await this.cap.poll();
  }
}

@Injectable()
@ProcessesJob('signals', 'freshness.check')
export class SignalFreshnessProcessor implements JobProcessor<'signals', 'freshness.check'> {
  constructor(private readonly freshness: SignalFreshnessCheckService) {}

  process(): Promise<void> {
    return this.freshness.check();
  }
}
