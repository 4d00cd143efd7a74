import { Module } from '@nestjs/common';
import { CheckInRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { CheckInsController } from './check-ins.controller.js';
import { CheckInsService } from './check-ins.service.js';

/** `/api/check-ins`: field members' positions and status. */
@Module({
  imports: [AuditModule, RealtimeModule, TeamsModule],
  controllers: [CheckInsController],
  providers: [CheckInRepository, CheckInsService],
})
export class CheckInsModule {}
