import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsSeeder } from './accounts.seeder.js';
import { AccountsService } from './accounts.service.js';

/** Staff account administration (admin only) and the initial-accounts seeder. */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [AccountsController],
  providers: [AccountsService, AccountsSeeder],
  exports: [AccountsSeeder],
})
export class AccountsModule {}
