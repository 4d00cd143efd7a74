import { Injectable } from '@nestjs/common';
import { loadOrCreateVapidKeys, type VapidKeys } from '@app/push';
import { DatabaseVapidKeyStore } from './database-vapid-key.store.js';

/** The application server's key pair, loaded (or created on first use) once per process. */
@Injectable()
export class VapidKeysService {
  private keys: Promise<VapidKeys> | undefined;

  constructor(private readonly store: DatabaseVapidKeyStore) {}

  get(): Promise<VapidKeys> {
    this.keys ??= loadOrCreateVapidKeys(this.store).catch((err: unknown) => {
      // A failed load (database down) is retried on the next call rather than remembered.
      this.keys = undefined;
      throw err;
    });
    return this.keys;
  }
}
