import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AlertState } from '@app/contracts';

/** What decides whether an alert's pushes may still go out. */
export interface AlertSendState {
  state: AlertState;
  expiresAt: Date;
}

/** The few columns the dispatch re-reads while chunks send, so a Cancel or an expiry stops them. */
@Injectable()
export class AlertStateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** State and expiry of these alerts in one primary-key lookup; alerts not found are left out. */
  async statesOf(alertIds: readonly string[]): Promise<Map<string, AlertSendState>> {
    if (alertIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; state: AlertState; expires: string }[]>(
      `SELECT id, state, content->>'expires' AS expires FROM alerts WHERE id = ANY($1::uuid[])`,
      [alertIds],
    );
    return new Map(rows.map((row) => [row.id, { state: row.state, expiresAt: new Date(row.expires) }]));
  }
}
