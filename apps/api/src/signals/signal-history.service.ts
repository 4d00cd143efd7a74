import { Injectable } from '@nestjs/common';
import type { SignalHistoryPage } from '@app/contracts';
import { SignalHistoryRepository } from '@app/database';
import { DomainError } from '@app/domain';
import { requireArea, requireAuthority, requireHazard } from './signal-catalogue.checks.js';
import type { SignalHistoryQuery } from './signal-history.query.js';
import { historyEntryOf } from '@app/signals';

@Injectable()
export class SignalHistoryService {
  constructor(private readonly history: SignalHistoryRepository) {}

  /** Newest first; filters are checked against the catalogue so a typo is an error, not an empty list. */
  async list(query: SignalHistoryQuery): Promise<SignalHistoryPage> {
    if (query.authority !== undefined) requireAuthority(query.authority);
    if (query.area !== undefined) {
      if (query.authority === undefined) throw new DomainError('invalid', 'signal_area_without_authority', 'area needs authority: area ids are per authority.');
      requireArea(query.area, query.authority);
    }
    if (query.hazard !== undefined) requireHazard(query.hazard, query.authority);
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from.getTime() > to.getTime()) throw new DomainError('invalid', 'signal_history_bad_range', 'from must not be after to.');
    const rows = await this.history.list({ authority: query.authority, area: query.area, hazard: query.hazard, from, to, limit: query.limit });
    return { items: rows.map(historyEntryOf) };
  }
}
