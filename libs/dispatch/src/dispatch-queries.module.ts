import { Module } from '@nestjs/common';
import { AlertRepository, DeliveryRepository } from '@app/database';
import { AlertTargetingService } from './alert-targeting.service.js';
import { DeliverySummaryService } from './delivery-summary.service.js';

/** Targeting and delivery counts, for the api's audience and summary routes and the worker. Needs DatabaseModule. */
@Module({
  providers: [AlertRepository, DeliveryRepository, AlertTargetingService, DeliverySummaryService],
  exports: [AlertRepository, DeliveryRepository, AlertTargetingService, DeliverySummaryService],
})
export class DispatchQueriesModule {}
