import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Corrections of a published alert that are waiting for approval. */
@Injectable()
export class AlertCorrectionsReader {
  /** The id of a submitted Cancel of this alert, if one is waiting; read inside the transaction that locked the original. */
  async pendingCancelOf(manager: EntityManager, originalId: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM alerts WHERE replaces_alert_id = $1 AND msg_type = 'Cancel' AND state = 'submitted' ORDER BY created_at LIMIT 1`,
      [originalId],
    );
    return rows[0]?.id ?? null;
  }
}
