import { Injectable } from '@nestjs/common';
import { ProcessesJob, type JobProcessor } from '@app/queue';
import { OperationsKpisPublisher } from './operations-kpis.publisher.js';

@Injectable()
@ProcessesJob('system', 'operations.kpis')
export class OperationsKpisProcessor implements JobProcessor<'system', 'operations.kpis'> {
  constructor(private readonly kpis: OperationsKpisPublisher) {}

  async process(): Promise<void> {
    await this.kpis.refresh();
  }
}
