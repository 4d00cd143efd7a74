import { Module } from '@nestjs/common';
import { EvacuationLookupRepository, ShelterRepository, TransferRepository, VulnerableResidentRepository, WelfareCheckRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { SheltersController } from './shelters.controller.js';
import { SheltersService } from './shelters.service.js';
import { TransfersController } from './transfers.controller.js';
import { TransfersService } from './transfers.service.js';
import { VulnerableResidentsController } from './vulnerable-residents.controller.js';
import { VulnerableResidentsService } from './vulnerable-residents.service.js';
import { WelfareChecksController } from './welfare-checks.controller.js';
import { WelfareChecksService } from './welfare-checks.service.js';

/** `/api/vulnerable-residents`, `/api/welfare-checks`, `/api/shelters`, `/api/transfers`: evacuation and vulnerable residents. */
@Module({
  imports: [AuditModule, RealtimeModule],
  controllers: [VulnerableResidentsController, WelfareChecksController, SheltersController, TransfersController],
  providers: [
    VulnerableResidentRepository,
    WelfareCheckRepository,
    ShelterRepository,
    TransferRepository,
    EvacuationLookupRepository,
    VulnerableResidentsService,
    WelfareChecksService,
    SheltersService,
    TransfersService,
  ],
  exports: [SheltersService],
})
export class EvacuationModule {}
