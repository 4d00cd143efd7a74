import { Module } from '@nestjs/common';
import { PushSubscriptionRepository, ReferenceRepository, VapidKeyRepository } from '@app/database';
import { AuditModule } from '../audit/audit.module.js';
import { DatabaseVapidKeyStore } from './database-vapid-key.store.js';
import { pushHostResolverProvider } from './push-host-resolver.js';
import { PushSubscriptionsController } from './push-subscriptions.controller.js';
import { PushSubscriptionsService } from './push-subscriptions.service.js';
import { SubscriptionAreasService } from './subscription-areas.service.js';
import { VapidKeysService } from './vapid-keys.service.js';
import { VapidPublicKeyController } from './vapid-public-key.controller.js';

/** Resident Web Push subscriptions and the VAPID public key browsers subscribe with. */
@Module({
  imports: [AuditModule],
  controllers: [VapidPublicKeyController, PushSubscriptionsController],
  providers: [
    PushSubscriptionRepository,
    ReferenceRepository,
    VapidKeyRepository,
    DatabaseVapidKeyStore,
    VapidKeysService,
    SubscriptionAreasService,
    PushSubscriptionsService,
    pushHostResolverProvider,
  ],
  exports: [VapidKeysService, DatabaseVapidKeyStore],
})
export class PushModule {}
