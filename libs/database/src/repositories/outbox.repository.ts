import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The transactional outbox (table outbox). */
@Injectable()
export class OutboxRepository {
  /** Adds a row in the caller's transaction, so it exists exactly when the change that caused it commits. */
  async add(manager: EntityManager, topic: string, payload: Record<string, unknown>): Promise<{ id: string }> {
    const [row] = await manager.query(`INSERT INTO outbox (topic, payload) VALUES ($1, $2) RETURNING id`, [topic, JSON.stringify(payload)]);
    return { id: String(row.id) };
  }
}
