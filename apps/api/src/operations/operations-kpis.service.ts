import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OPERATIONS_KPI_WINDOW_HOURS, type OperationsKpis } from '@app/contracts';
import { OperationsStatsRepository } from '@app/database';
import { DomainError } from '@app/domain';

/** The KPI tiles: state now, activity since the start of the window. */
@Injectable()
export class OperationsKpisService {
  constructor(
    private readonly stats: OperationsStatsRepository,
    private readonly config: AppConfig,
  ) {}

  async kpis(sinceText?: string, now = new Date()): Promise<OperationsKpis> {
    const since = sinceText ? new Date(sinceText) : new Date(now.getTime() - OPERATIONS_KPI_WINDOW_HOURS * 3_600_000);
    if (since.getTime() > now.getTime()) throw new DomainError('invalid', 'kpis_since_future', 'since must not be in the future');
    const row = await this.stats.kpis(since, this.config.teamSilentAfterMinutes);
    return { ...row, since: since.toISOString(), at: now.toISOString() };
  }
}
