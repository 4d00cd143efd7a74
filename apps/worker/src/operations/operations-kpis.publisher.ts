import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OPERATIONS_KPI_WINDOW_HOURS } from '@app/contracts';
import { OperationsStatsRepository, type OperationsKpiRow } from '@app/database';
import { RealtimePublisher } from '@app/realtime';

/**
 * The KPI tiles follow every change in the field tables without each service having to know about them: a scheduled
 * job recomputes the figures and publishes `ops.kpis` to the HQ and the liaison when any figure moved. Time alone
 * changes some figures (a team going silent, the window sliding), which an event-driven update would miss.
 */
@Injectable()
export class OperationsKpisPublisher {
  private lastPublished: string | null = null;

  constructor(
    private readonly stats: OperationsStatsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly config: AppConfig,
  ) {}

  /** Returns whether it published. Another worker process may publish the same figures once too; clients just redraw. */
  async refresh(now = new Date()): Promise<boolean> {
    const since = new Date(now.getTime() - OPERATIONS_KPI_WINDOW_HOURS * 3_600_000);
    const row = await this.stats.kpis(since, this.config.teamSilentAfterMinutes);
    const fingerprint = fingerprintOf(row);
    if (fingerprint === this.lastPublished) return false;
    await this.publisher.publish(['hq', 'liaison'], 'ops.kpis', { kpis: { ...row, since: since.toISOString(), at: now.toISOString() } });
    this.lastPublished = fingerprint;
    return true;
  }
}

function fingerprintOf(row: OperationsKpiRow): string {
  return JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
}
