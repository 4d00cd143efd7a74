import { Module } from '@nestjs/common';
import { QueueModule } from '@app/queue';
import { AuditModule } from '../audit/audit.module.js';
import { NoticeRepository } from './notice.repository.js';
import { NoticesController } from './notices.controller.js';
import { NoticesService } from './notices.service.js';

/** `POST /api/notices` and `GET /api/notices`; the worker broadcasts each new notice. */
@Module({
  imports: [AuditModule, QueueModule],
  controllers: [NoticesController],
  providers: [NoticeRepository, NoticesService],
})
export class NoticesModule {}
