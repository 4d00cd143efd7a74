import { Module } from '@nestjs/common';
import { PublicAlertRepository, ReferenceRepository, ResidentStatusRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { ResidentAreaResolver } from './resident-area.resolver.js';
import { ResidentsController } from './residents.controller.js';
import { ResidentsService } from './residents.service.js';

/** `/api/residents`: residents' "I'm safe" / "I need help", counts for the HQ and the liaison, help requests for the HQ. */
@Module({
  imports: [AuditModule, RealtimeModule],
  controllers: [ResidentsController],
  providers: [ResidentStatusRepository, PublicAlertRepository, ReferenceRepository, ResidentAreaResolver, ResidentsService],
})
export class ResidentsModule {}
