import { Injectable } from '@nestjs/common';
import type { NoticeBroadcastJob } from '@app/contracts';
import { ProcessesJob, type JobProcessor } from '@app/queue';
import { NoticeBroadcastService } from './notice-broadcast.service.js';
import { NoticeReconcilerService } from './notice-reconciler.service.js';

@Injectable()
@ProcessesJob('notices', 'notice.broadcast')
export class NoticeBroadcastProcessor implements JobProcessor<'notices', 'notice.broadcast'> {
  constructor(private readonly notices: NoticeBroadcastService) {}

  async process(data: NoticeBroadcastJob): Promise<void> {
    await this.notices.broadcast(data.notice);
  }
}

@Injectable()
@ProcessesJob('notices', 'notices.reconcile')
export class NoticeReconcileProcessor implements JobProcessor<'notices', 'notices.reconcile'> {
  constructor(private readonly reconciler: NoticeReconcilerService) {}

  async process(): Promise<void> {
    await this.reconciler.reconcile();
  }
}
