import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Each authority's CAP chain state (table signal_cap_chains), read and written under a row lock. */
@Injectable()
export class SignalCapChainRepository {
  /**
   * The authority's chain state, locked until the transaction ends so that CAP messages are applied one at a time;
   * `initial` when none is stored yet.
   */
  async lock<T>(manager: EntityManager, authority: string, initial: T): Promise<T> {
    await manager.query(`INSERT INTO signal_cap_chains (authority, state) VALUES ($1, $2::jsonb) ON CONFLICT DO NOTHING`, [
      authority,
      JSON.stringify(initial),
    ]);
    const rows = await manager.query<{ state: T }[]>(`SELECT state FROM signal_cap_chains WHERE authority = $1 FOR UPDATE`, [authority]);
    return rows[0]!.state;
  }

  async save<T>(manager: EntityManager, authority: string, state: T): Promise<void> {
    await manager.query(`UPDATE signal_cap_chains SET state = $2::jsonb, updated_at = now() WHERE authority = $1`, [authority, JSON.stringify(state)]);
  }
}
