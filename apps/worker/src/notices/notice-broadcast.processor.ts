import { Injectable } from '@nestjs/common';
import type { NoticeBroadcastJob } from '@app/contracts';
import { ProcessesJob, type JobProcessor } from '@app/queue';
import { NoticeBroadcastService } from './notice-broadcast.service.js';

@Injectable()
@ProcessesJob('notices', 'notice.broadcast')
export class NoticeBroadcastProcessor implements JobProcessor<'notices', 'notice.broadcast'> {
  constructor(private readonly notices: NoticeBroadcastService) {}

  process(data: NoticeBroadcastJob): Promise<void> {
    return this.notices.broadcast(data.notice);
  }
}
