import { Module } from '@nestjs/common';
import { AuditRepository } from '@app/database';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

/** The audit trail's read side; exports AuditRepository so every feature module can append in its own transactions. */
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService],
  exports: [AuditRepository],
})
export class AuditModule {}
