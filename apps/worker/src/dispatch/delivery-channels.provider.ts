import type { Provider } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { VapidKeyRepository } from '@app/database';
import { createDeliveryChannels, DeliveryChannels, loadOrCreateVapidKeys } from '@app/push';

/**
 * The process's delivery channels, built once: VAPID keys from the database (the api and every worker share one
 * pair), PUSH_* settings for the allow-list, requests in flight and timeouts.
 */
export const deliveryChannelsProvider: Provider = {
  provide: DeliveryChannels,
  inject: [AppConfig, VapidKeyRepository],
  useFactory: async (config: AppConfig, keys: VapidKeyRepository) => createDeliveryChannels(config, { vapidKeys: await loadOrCreateVapidKeys(keys) }),
};
