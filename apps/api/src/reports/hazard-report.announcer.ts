import { Injectable, Logger } from '@nestjs/common';
import { HQ_ROLES, type HazardReport, type RealtimeRoom } from '@app/contracts';
import { HazardReportRepository } from '@app/database';
import { RealtimePublisher } from '@app/realtime';

/**
 * `ops.report` after a report is stored or moves: to the HQ room, and to the accounts of the reporter and of the
 * assigned team's members (field accounts only; HQ accounts already have it through the HQ room).
 */
@Injectable()
export class HazardReportAnnouncer {
  private readonly logger = new Logger(HazardReportAnnouncer.name);

  constructor(
    private readonly reports: HazardReportRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** After commit; the report stays stored if this fails (clients catch up from the list). */
  async announce(report: HazardReport): Promise<void> {
    try {
      const accounts = await this.reports.fieldAccounts([report.reportedById], report.teamId, HQ_ROLES);
      const rooms: RealtimeRoom[] = ['hq', ...accounts.map((id): RealtimeRoom => `user:${id}`)];
      await this.publisher.publish(rooms, 'ops.report', { report });
    } catch (err) {
      this.logger.warn({ err, reportId: report.id }, 'hazard report stored but not announced');
    }
  }
}
