import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The stored VAPID pair, base64url (same shape as libs/push's VapidKeys). */
export interface StoredVapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The single `vapid_keys` row. Satisfies libs/push's VapidKeyStore: `saveIfAbsent` inserts only when no pair exists
 * and returns the stored pair, so concurrent first starts agree. There is deliberately no update or delete.
 */
@Injectable()
export class VapidKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<StoredVapidKeys | null> {
    const rows = await this.dataSource.query<{ public_key: string; private_key: string }[]>(
      `SELECT public_key, private_key FROM vapid_keys WHERE id`,
    );
    return rows.length === 0 ? null : { publicKey: rows[0].public_key, privateKey: rows[0].private_key };
  }

  async saveIfAbsent(keys: StoredVapidKeys): Promise<StoredVapidKeys> {
    await this.dataSource.query(
      `INSERT INTO vapid_keys (id, public_key, private_key) VALUES (true, $1, $2) ON CONFLICT (id) DO NOTHING`,
      [keys.publicKey, keys.privateKey],
    );
    // Read back in a new statement: under READ COMMITTED it sees the row a concurrent winner committed.
    const stored = await this.load();
    if (!stored) throw new Error('vapid_keys row missing right after insert');
    return stored;
  }
}
