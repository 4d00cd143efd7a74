import { Module } from '@nestjs/common';
import { RealtimeModule } from '@app/realtime';
import { AuthModule } from '../auth/auth.module.js';
import { RealtimeCatchUpService } from './realtime-catch-up.service.js';
import { RealtimeConnectionAuthenticator } from './realtime-connection.authenticator.js';
import { RealtimeEventsController } from './realtime-events.controller.js';
import { RealtimeSessionWatch } from './realtime-session.watch.js';
import { RealtimeGateway } from './realtime.gateway.js';

/** The socket.io gateway and the catch-up route. */
@Module({
  imports: [RealtimeModule, AuthModule],
  controllers: [RealtimeEventsController],
  providers: [RealtimeGateway, RealtimeConnectionAuthenticator, RealtimeCatchUpService, RealtimeSessionWatch],
  exports: [RealtimeModule],
})
export class RealtimeApiModule {}
