import { Module } from '@nestjs/common';
import { PublicAlertRepository } from '@app/database';
import { PublicAlertsController } from './public-alerts.controller.js';
import { PublicAlertsService } from './public-alerts.service.js';

/** `GET /api/alerts/public`: register before AlertsModule so `/api/alerts/:id` does not take the path. */
@Module({
  controllers: [PublicAlertsController],
  providers: [PublicAlertRepository, PublicAlertsService],
})
export class PublicAlertsModule {}
