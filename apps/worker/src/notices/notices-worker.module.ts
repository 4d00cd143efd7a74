import { Module } from '@nestjs/common';
import { RealtimeModule } from '@app/realtime';
import { NoticeBroadcastProcessor } from './notice-broadcast.processor.js';
import { NoticeBroadcastService } from './notice-broadcast.service.js';

/** Broadcasts each new staff notice to its audience. */
@Module({
  imports: [RealtimeModule],
  providers: [NoticeBroadcastService, NoticeBroadcastProcessor],
})
export class NoticesWorkerModule {}
