import { Injectable } from '@nestjs/common';
import type { AlertFanOutJob, PushChunkJob } from '@app/contracts';
import { ProcessesJob, type JobProcessor } from '@app/queue';
import { AlertFanOutService } from './alert-fan-out.service.js';
import { DispatchReconcilerService } from './dispatch-reconciler.service.js';
import { OutboxRelayService } from './outbox-relay.service.js';
import { PushChunkService } from './push-chunk.service.js';

@Injectable()
@ProcessesJob('dispatch', 'outbox.relay')
export class OutboxRelayProcessor implements JobProcessor<'dispatch', 'outbox.relay'> {
  constructor(private readonly relay: OutboxRelayService) {}

  async process(): Promise<void> {
    await this.relay.relay();
  }
}

@Injectable()
@ProcessesJob('dispatch', 'alert.fanout')
export class AlertFanOutProcessor implements JobProcessor<'dispatch', 'alert.fanout'> {
  constructor(private readonly fanOut: AlertFanOutService) {}

  async process(data: AlertFanOutJob): Promise<void> {
    await this.fanOut.fanOut(data.alertId);
  }
}

@Injectable()
@ProcessesJob('dispatch', 'push.chunk')
export class PushChunkProcessor implements JobProcessor<'dispatch', 'push.chunk'> {
  constructor(private readonly chunks: PushChunkService) {}

  async process(data: PushChunkJob): Promise<void> {
    await this.chunks.send(data);
  }
}

@Injectable()
@ProcessesJob('dispatch', 'dispatch.reconcile')
export class DispatchReconcileProcessor implements JobProcessor<'dispatch', 'dispatch.reconcile'> {
  constructor(private readonly reconciler: DispatchReconcilerService) {}

  async process(): Promise<void> {
    await this.reconciler.reconcile();
  }
}
