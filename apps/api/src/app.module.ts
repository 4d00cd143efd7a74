import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { ApiObservabilityModule } from './health/api-observability.module.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { WebAppModule } from './web/web-app.module.js';
import { NoticesModule } from './notices/notices.module.js';
import { RealtimeApiModule } from './realtime/realtime-api.module.js';
import { RateLimitModule } from './http/rate-limit.module.js';
import { PlaybooksModule } from './playbooks/playbooks.module.js';
import { SignalsModule } from './signals/signals.module.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { PushModule } from './push/push.module.js';
import { PublicAlertsModule } from './public-alerts/public-alerts.module.js';
import { ResidentsModule } from './residents/residents.module.js';
import { EvacuationModule } from './evacuation/evacuation.module.js';
import { TeamsModule } from './teams/teams.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { CheckInsModule } from './check-ins/check-ins.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { OperationsModule } from './operations/operations.module.js';

@Module({
  imports: [ConfigModule, DatabaseModule, ApiObservabilityModule, AuthModule, AccountsModule, AuditModule, ReferenceModule, WebAppModule, RateLimitModule, RealtimeApiModule, NoticesModule, PlaybooksModule, SignalsModule, PublicAlertsModule, AlertsModule, PushModule, ResidentsModule, EvacuationModule, TeamsModule, TasksModule, CheckInsModule, ReportsModule, OperationsModule],
})
export class AppModule {}
