import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import type { PushSubscribeRequest, PushSubscribeResponse, PushSubscriptionSettings, PushSubscriptionUpdateRequest } from '@app/contracts';
import { AuditRepository, PushSubscriptionRepository, type PushSubscriptionEntity } from '@app/database';
import { DomainError } from '@app/domain';
import { checkPushSubscription, validateSubscriptionKeys, type HostResolver, type PushEndpointPolicy } from '@app/push';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { hashManageToken, isManageTokenShaped, newManageToken } from './manage-token.js';
import { PUSH_HOST_RESOLVER } from './push-host-resolver.js';
import { SubscriptionAreasService } from './subscription-areas.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One answer for an unknown id, a missing token and a wrong token alike, so the id alone reveals nothing (not even
 * that it exists). 404 rather than 403: the caller has no access to anything it could be refused.
 */
function notFound(): DomainError {
  return new DomainError('not_found', 'push_subscription_not_found', 'No subscription matches this id and X-Subscription-Token.');
}

function toSettings(row: PushSubscriptionEntity): PushSubscriptionSettings {
  return { id: row.id, language: row.language, areas: row.areaIds, enrolledForDrills: row.enrolledForDrills };
}

/**
 * Resident subscriptions. Residents' own changes are not audited (they are not staff actions and the log would only
 * collect anonymous noise); the admin's test-device flag is.
 */
@Injectable()
export class PushSubscriptionsService {
  private readonly policy: PushEndpointPolicy;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly subscriptions: PushSubscriptionRepository,
    private readonly areas: SubscriptionAreasService,
    private readonly audit: AuditRepository,
    @Inject(PUSH_HOST_RESOLVER) private readonly resolve: HostResolver,
  ) {
    this.policy = { allowedHosts: config.push.endpointAllowlist, allowLoopback: config.push.allowLoopback };
  }

  /** Stores the subscription (or refreshes the one with the same endpoint) and hands out a new manage token. */
  async subscribe(input: PushSubscribeRequest): Promise<PushSubscribeResponse & { created: boolean }> {
    const keys = validateSubscriptionKeys(input.subscription.keys);
    const target = await checkPushSubscription(input.subscription, this.policy, this.resolve);
    const areaIds = await this.areas.resolve(input);
    // Re-subscribing replaces the token: the endpoint itself is a secret only that browser and its push service
    // know, and a browser that lost its token (cleared storage) must be able to take its subscription back.
    const manageToken = newManageToken();
    const { id, created } = await this.subscriptions.upsert({
      endpoint: target.url.href,
      p256dh: keys.p256dh.toString('base64url'),
      auth: keys.auth.toString('base64url'),
      language: input.language,
      areaIds,
      enrolledForDrills: input.enrolledForDrills ?? false,
      manageTokenHash: hashManageToken(manageToken),
    });
    return { id, manageToken, created };
  }

  async update(id: string, token: unknown, input: PushSubscriptionUpdateRequest): Promise<PushSubscriptionSettings> {
    if (!UUID.test(id) || !isManageTokenShaped(token)) throw notFound();
    const areaIds = await this.areas.resolveOptional(input);
    if (input.language === undefined && areaIds === undefined && input.enrolledForDrills === undefined) {
      throw new DomainError('invalid', 'push_nothing_to_update', 'Give at least one of language, areas, location or enrolledForDrills.');
    }
    const row = await this.subscriptions.updateWithToken(id, hashManageToken(token), {
      language: input.language,
      areaIds,
      enrolledForDrills: input.enrolledForDrills,
    });
    if (!row) throw notFound();
    return toSettings(row);
  }

  async unsubscribe(id: string, token: unknown): Promise<void> {
    if (!UUID.test(id) || !isManageTokenShaped(token)) throw notFound();
    if (!(await this.subscriptions.deleteWithToken(id, hashManageToken(token)))) throw notFound();
  }

  /** Marks or unmarks a device that receives Test alerts; audited with the admin who did it. */
  async setTestDevice(id: string, testDevice: boolean, meta: RequestMeta): Promise<{ id: string; testDevice: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const changed = await this.subscriptions.setTestDevice(manager, id, testDevice);
      if (!changed) throw new DomainError('not_found', 'push_subscription_not_found', `No subscription with id ${id}.`);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'push_subscription.test_device_set',
        entityType: 'push_subscription',
        entityId: id,
        summary: { before: { testDevice: changed.before }, after: { testDevice } },
      });
      return { id, testDevice };
    });
  }
}
