import { Module } from '@nestjs/common';
import {
  AuditRepository,
  SignalCapChainRepository,
  SignalDocumentRepository,
  SignalFeedCursorRepository,
  SignalHistoryRepository,
  SignalHoldRepository,
  SignalOutlookRepository,
  SignalTrackRepository,
} from '@app/database';
import { QueueModule } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { CapIngestService } from './cap-ingest.service.js';
import { SignalAnnouncer } from './signal-announcer.js';
import { SignalBoardService } from './signal-board.service.js';
import { SignalHoldService } from './signal-hold.service.js';
import { SignalStateService } from './signal-state.service.js';

const REPOSITORIES = [
  AuditRepository,
  SignalCapChainRepository,
  SignalDocumentRepository,
  SignalFeedCursorRepository,
  SignalHistoryRepository,
  SignalHoldRepository,
  SignalOutlookRepository,
  SignalTrackRepository,
];
const SERVICES = [SignalStateService, SignalHoldService, SignalBoardService, SignalAnnouncer, CapIngestService];

/**
 * Signal state shared by the api (uploads, manual entries, holds, the board) and the worker (feed pollers,
 * freshness): the repositories, the deciding services and the announcer. Needs ConfigModule and DatabaseModule.
 */
@Module({
  imports: [RealtimeModule, QueueModule],
  providers: [...REPOSITORIES, ...SERVICES],
  exports: [...REPOSITORIES, ...SERVICES],
})
export class SignalStateModule {}
