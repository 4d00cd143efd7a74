import { Injectable } from '@nestjs/common';
import type { AfterActionReport, Language } from '@app/contracts';
import { OperationsStatsRepository } from '@app/database';
import { afterActionPeriod, signalTimelineLabel } from '@app/domain';

/** Writes the after-action report for a period from stored data. */
@Injectable()
export class AfterActionService {
  constructor(private readonly stats: OperationsStatsRepository) {}

  async report(fromText: string, toText: string, language: Language, now = new Date()): Promise<AfterActionReport> {
    const { from, to } = afterActionPeriod(fromText, toText);
    const rows = await this.stats.afterAction(from, to);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      generatedAt: now.toISOString(),
      language,
      warnings: {
        ...rows.warnings,
        // Web Push is the one channel so far; SMS and partner webhooks will add rows here.
        byChannel: [{ channel: 'web-push', sent: rows.warnings.sent }],
        byLanguage: rows.sentByLanguage.map((l) => ({ language: l.language as Language, sent: l.sent })),
      },
      signalTimeline: rows.signalChanges.map((c) => ({
        at: new Date(c.at).toISOString(),
        authority: c.authority,
        hazard: c.hazard,
        level: c.level,
        label: signalTimelineLabel(c, language),
      })),
      teams: rows.teams,
      crews: rows.crews,
      hazards: { ...rows.hazards, byCategory: rows.hazardsByCategory },
      evacuation: { ...rows.evacuation, welfareOutcomes: rows.welfareOutcomes },
      residents: rows.residents,
    };
  }
}
