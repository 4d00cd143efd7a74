import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { PlaybookEvaluateJob, SignalHistoryEntry } from '@app/contracts';
import { DomainError } from '@app/domain';
import { ProcessesJob, type JobContext, type JobProcessor } from '@app/queue';
import { readPlaybookEvaluateJob } from './playbook-evaluate.job.js';
import { PlaybookEvaluationService } from './playbook-evaluation.service.js';

@Injectable()
@ProcessesJob('signals', 'playbooks.evaluate')
export class PlaybookEvaluateProcessor implements JobProcessor<'signals', 'playbooks.evaluate'> {
  constructor(private readonly evaluation: PlaybookEvaluationService) {}

  async process(data: PlaybookEvaluateJob, context: JobContext): Promise<void> {
    await this.evaluation.evaluate(readOrGiveUp(data), { announceAgain: context.attempt > 1 });
  }
}

function readOrGiveUp(data: unknown): SignalHistoryEntry {
  try {
    return readPlaybookEvaluateJob(data);
  } catch (err) {
    // A malformed job fails the same way on every retry.
    throw err instanceof DomainError ? new UnrecoverableError(err.message) : err;
  }
}
