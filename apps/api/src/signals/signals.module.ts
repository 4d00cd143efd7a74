import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ManualSignalService } from './manual-signal.service.js';
import { SignalBoardController } from './signal-board.controller.js';
import { SignalHistoryService } from './signal-history.service.js';
import { SignalHoldsController } from './signal-holds.controller.js';
import { SignalIngestController } from './signal-ingest.controller.js';
import { SignalOutlookService } from './signal-outlook.service.js';
import { SignalStateModule } from '@app/signals';

/**
 * The signals api: the public board, history and outlook; CAP uploads, manual entries and hold decisions for HQ
 * operators. Feed polling runs in the worker on the same state services.
 */
@Module({
  imports: [AuditModule, SignalStateModule],
  controllers: [SignalBoardController, SignalIngestController, SignalHoldsController],
  providers: [ManualSignalService, SignalHistoryService, SignalOutlookService],
})
export class SignalsModule {}
