import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AreaGeometry, AuthUser, CreateHazardReportRequest, HazardReport } from '@app/contracts';
import { AuditRepository, HazardReportRepository, ReferenceRepository, type HazardReportEntity } from '@app/database';
import { areaContaining, checkHazardLocation, checkRecordedAt, DomainError } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import type { CheckedPhoto, HazardReportForm } from './hazard-report-form.reader.js';
import { HazardPhotoWriter } from './hazard-photo.writer.js';
import { HazardReportAnnouncer } from './hazard-report.announcer.js';
import { isHq } from './hazard-report.viewer.js';
import { HazardReportViewsService } from './hazard-report-views.service.js';

/** Raised inside the insert transaction when another copy of the same report committed first. */
class StoredMeanwhile extends Error {}

/**
 * The report as sent, in a fixed order, with its photos' hashes: the same report sent twice (from an offline queue)
 * hashes the same, any change in a field or a photo hashes differently.
 */
export function hazardBodyHash(report: CreateHazardReportRequest, photos: Pick<CheckedPhoto, 'sha256'>[]): Buffer {
  const canonical = [
    report.clientId,
    report.category,
    report.severity,
    report.description,
    report.location.lat,
    report.location.lon,
    report.location.accuracyMeters ?? null,
    report.taskId ?? null,
    new Date(report.recordedAt).getTime(),
    photos.map((photo) => photo.sha256.toString('hex')),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest();
}

/**
 * Takes hazard reports from the field. Everything is checked before anything is stored; photos are written to the
 * photo store before the row commits and removed again if it does not, so no row points at a missing photo (a crash
 * in between can leave a photo without a row, never the reverse). A report sent twice is stored once (client id +
 * body hash).
 */
@Injectable()
export class HazardReportIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: HazardReportRepository,
    private readonly reference: ReferenceRepository,
    private readonly photoWriter: HazardPhotoWriter,
    private readonly audit: AuditRepository,
    private readonly views: HazardReportViewsService,
    private readonly announcer: HazardReportAnnouncer,
  ) {}

  /** `created` is false when the same report (same client id, same body) was stored before. */
  async submit(form: HazardReportForm, user: AuthUser, meta: RequestMeta): Promise<{ report: HazardReport; created: boolean }> {
    const { report: input, photos } = form;
    const hash = hazardBodyHash(input, photos);
    // A resend is answered from what is stored, even once its recordedAt has aged past the window.
    const earlier = await this.reports.findByClient(user.id, input.clientId);
    if (earlier) return { report: await this.replayOf(earlier, hash), created: false };

    const recordedAt = checkRecordedAt(input.recordedAt, new Date());
    checkHazardLocation(input.location);
    const taskId = input.taskId ?? null;
    if (taskId !== null) await this.checkTask(taskId, user);
    const areas = await this.reference.listAreas();
    const areaId = areaContaining(input.location, areas.map((area) => ({ id: area.id, geometry: area.geometry as AreaGeometry })));

    const reportId = randomUUID();
    const photoRows = this.photoWriter.rowsFor(reportId, photos);
    await this.photoWriter.writeAll(photoRows, photos);

    try {
      await this.dataSource.transaction(async (manager) => {
        const inserted = await this.reports.insertOnce(manager, {
          id: reportId,
          clientId: input.clientId,
          category: input.category,
          severity: input.severity,
          description: input.description.trim(),
          lat: input.location.lat,
          lon: input.location.lon,
          accuracyM: input.location.accuracyMeters ?? null,
          areaId,
          taskId,
          reportedById: user.id,
          reportedByName: user.displayName,
          bodyHash: hash,
          recordedAt,
        });
        if (!inserted) throw new StoredMeanwhile();
        await this.reports.insertPhotos(manager, reportId, photoRows);
        await this.reports.insertStep(manager, { reportId, fromState: null, toState: 'reported', byId: user.id, byName: user.displayName, reason: null, teamId: null });
        await this.audit.append(manager, {
          ...auditActor(meta),
          action: 'hazard_report.created',
          entityType: 'hazard_report',
          entityId: reportId,
          summary: {
            after: { state: 'reported', category: input.category, severity: input.severity, areaId, taskId, photos: photoRows.length },
            clientId: input.clientId,
          },
        });
      });
    } catch (err) {
      await this.photoWriter.removeAll(photoRows);
      if (!(err instanceof StoredMeanwhile)) throw err;
      // Another copy of this report won the race: answer as for any resend.
      const winner = await this.reports.findByClient(user.id, input.clientId);
      if (!winner) throw err;
      return { report: await this.replayOf(winner, hash), created: false };
    }

    const stored = await this.reports.findById(reportId);
    const [report] = await this.views.views([stored!]);
    await this.announcer.announce(report);
    return { report, created: true };
  }

  private async replayOf(row: HazardReportEntity, hash: Buffer): Promise<HazardReport> {
    if (!row.bodyHash.equals(hash)) {
      throw new DomainError(
        'conflict',
        'hazard_client_id_reused',
        'This clientId was already used for a different report (other fields or photos); send a new report with a new clientId.',
      );
    }
    return (await this.views.views([row]))[0];
  }

  /** HQ staff may link any task; a field account only a task of one of its own teams. */
  private async checkTask(taskId: string, user: AuthUser): Promise<void> {
    const teamId = await this.reports.teamOfTask(taskId);
    const allowed = teamId !== undefined && (isHq(user) || (await this.reports.teamsOf(user.id)).includes(teamId));
    if (!allowed) {
      throw new DomainError('invalid', 'hazard_task_unknown', `Unknown task id: ${taskId}. Link a task of your own team, or none.`, [taskId]);
    }
  }
}
