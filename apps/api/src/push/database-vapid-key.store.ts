import { Injectable } from '@nestjs/common';
import { VapidKeyRepository } from '@app/database';
import type { VapidKeyStore, VapidKeys } from '@app/push';

/** VAPID keys in PostgreSQL: one row, inserted once (first writer wins), never replaced. */
@Injectable()
export class DatabaseVapidKeyStore implements VapidKeyStore {
  constructor(private readonly keys: VapidKeyRepository) {}

  load(): Promise<VapidKeys | null> {
    return this.keys.load();
  }

  saveIfAbsent(keys: VapidKeys): Promise<VapidKeys> {
    return this.keys.saveIfAbsent(keys);
  }
}
