import { Module } from '@nestjs/common';
import { HazardReportRepository, ReferenceRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { HazardPhotoWriter } from './hazard-photo.writer.js';
import { HazardReportAnnouncer } from './hazard-report.announcer.js';
import { HazardReportIntakeService } from './hazard-report-intake.service.js';
import { HazardReportViewsService } from './hazard-report-views.service.js';
import { HazardReportWorkflowService } from './hazard-report-workflow.service.js';
import { HazardReportsController } from './hazard-reports.controller.js';
import { HazardUploadErrorsInterceptor } from './hazard-report-upload.interceptor.js';
import { PHOTO_STORAGE_PROVIDER } from './storage/photo-storage.provider.js';

/** `/api/reports`: hazard reports with photos from the field, their lifecycle, and the photo store. */
@Module({
  imports: [AuditModule, RealtimeModule],
  controllers: [HazardReportsController],
  providers: [
    HazardReportRepository,
    ReferenceRepository,
    PHOTO_STORAGE_PROVIDER,
    HazardUploadErrorsInterceptor,
    HazardReportViewsService,
    HazardReportAnnouncer,
    HazardPhotoWriter,
    HazardReportIntakeService,
    HazardReportWorkflowService,
  ],
  exports: [HazardReportViewsService],
})
export class ReportsModule {}
