import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { HazardCategory, HazardReportState } from '@app/contracts';
import { HazardPhotoEntity } from '../entities/hazard-photo.entity.js';
import { HazardReportStepEntity } from '../entities/hazard-report-step.entity.js';
import { HazardReportEntity } from '../entities/hazard-report.entity.js';

export type NewHazardReportRow = Pick<
  HazardReportEntity,
  'id' | 'clientId' | 'category' | 'severity' | 'description' | 'lat' | 'lon' | 'accuracyM' | 'areaId' | 'taskId' | 'reportedById' | 'reportedByName' | 'bodyHash' | 'recordedAt'
>;

export type NewHazardPhotoRow = Pick<HazardPhotoEntity, 'id' | 'position' | 'storageKey' | 'contentType' | 'bytes' | 'width' | 'height' | 'sha256'>;

export type NewHazardStepRow = Pick<HazardReportStepEntity, 'reportId' | 'fromState' | 'toState' | 'byId' | 'byName' | 'reason' | 'teamId'>;

export interface HazardReportListFilter {
  state?: HazardReportState;
  category?: HazardCategory;
  /** true: only open states; false: only closed ones. */
  open?: boolean;
  openStates: readonly HazardReportState[];
  limit: number;
}

/**
 * Who is looking: `null` sees every report (HQ); a field account sees the reports it made and those assigned to a
 * team it is a member of.
 */
export type HazardReportViewer = { userId: string } | null;

/** Hazard reports, their photos and lifecycle steps (tables hazard_reports, hazard_photos, hazard_report_steps). */
@Injectable()
export class HazardReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByClient(reportedById: string, clientId: string): Promise<HazardReportEntity | null> {
    return this.dataSource.getRepository(HazardReportEntity).findOneBy({ reportedById, clientId });
  }

  /**
   * Inserts the report unless this reporter already stored one under the client id; true when inserted. Two copies
   * arriving at once are decided by the unique key (ON CONFLICT), not by the callers.
   */
  async insertOnce(manager: EntityManager, values: NewHazardReportRow): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO hazard_reports (id, client_id, category, severity, description, lat, lon, accuracy_m, area_id, task_id,
                                   reported_by_id, reported_by_name, body_hash, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (reported_by_id, client_id) DO NOTHING
       RETURNING id`,
      [
        values.id,
        values.clientId,
        values.category,
        values.severity,
        values.description,
        values.lat,
        values.lon,
        values.accuracyM,
        values.areaId,
        values.taskId,
        values.reportedById,
        values.reportedByName,
        values.bodyHash,
        values.recordedAt,
      ],
    );
    return rows.length > 0;
  }

  async insertPhotos(manager: EntityManager, reportId: string, photos: NewHazardPhotoRow[]): Promise<void> {
    if (photos.length === 0) return;
    await manager.query(
      `INSERT INTO hazard_photos (id, report_id, position, storage_key, content_type, bytes, width, height, sha256)
       SELECT p.id, $1, p.position, p.storage_key, p.content_type, p.bytes, p.width, p.height, decode(p.sha256, 'hex')
         FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[])
              AS p(id, position, storage_key, content_type, bytes, width, height, sha256)`,
      [
        reportId,
        photos.map((p) => p.id),
        photos.map((p) => p.position),
        photos.map((p) => p.storageKey),
        photos.map((p) => p.contentType),
        photos.map((p) => p.bytes),
        photos.map((p) => p.width),
        photos.map((p) => p.height),
        photos.map((p) => p.sha256.toString('hex')),
      ],
    );
  }

  async insertStep(manager: EntityManager, step: NewHazardStepRow): Promise<void> {
    await manager.getRepository(HazardReportStepEntity).insert(step);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<HazardReportEntity | null> {
    return manager.getRepository(HazardReportEntity).findOneBy({ id });
  }

  /** The report if the viewer may see it (404 otherwise: a field account cannot tell others' reports exist). */
  findVisible(id: string, viewer: HazardReportViewer): Promise<HazardReportEntity | null> {
    const query = this.dataSource.getRepository(HazardReportEntity).createQueryBuilder('r').where('r.id = :id', { id });
    return this.restrictTo(query, viewer).getOne();
  }

  /** Locks the report until the transaction ends, so two people moving it run one after the other. */
  findForUpdate(manager: EntityManager, id: string): Promise<HazardReportEntity | null> {
    return manager.getRepository(HazardReportEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  async updateState(
    manager: EntityManager,
    id: string,
    values: Pick<HazardReportEntity, 'state' | 'reason' | 'duplicateOf' | 'teamId'>,
  ): Promise<HazardReportEntity> {
    await manager.getRepository(HazardReportEntity).update({ id }, { ...values, updatedAt: () => 'now()' });
    return manager.getRepository(HazardReportEntity).findOneByOrFail({ id });
  }

  /** Newest first. */
  list(filter: HazardReportListFilter, viewer: HazardReportViewer): Promise<HazardReportEntity[]> {
    const query = this.dataSource.getRepository(HazardReportEntity).createQueryBuilder('r').orderBy('r.received_at', 'DESC').take(filter.limit);
    if (filter.state !== undefined) query.andWhere('r.state = :state', { state: filter.state });
    if (filter.category !== undefined) query.andWhere('r.category = :category', { category: filter.category });
    if (filter.open !== undefined) {
      query.andWhere(filter.open ? 'r.state IN (:...openStates)' : 'r.state NOT IN (:...openStates)', { openStates: [...filter.openStates] });
    }
    return this.restrictTo(query, viewer).getMany();
  }

  stepsOf(reportIds: string[]): Promise<HazardReportStepEntity[]> {
    if (reportIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(HazardReportStepEntity)
      .createQueryBuilder('s')
      .where('s.report_id IN (:...reportIds)', { reportIds })
      .orderBy('s.at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  photosOf(reportIds: string[]): Promise<HazardPhotoEntity[]> {
    if (reportIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(HazardPhotoEntity)
      .createQueryBuilder('p')
      .where('p.report_id IN (:...reportIds)', { reportIds })
      .orderBy('p.position', 'ASC')
      .getMany();
  }

  findPhoto(reportId: string, photoId: string): Promise<HazardPhotoEntity | null> {
    return this.dataSource.getRepository(HazardPhotoEntity).findOneBy({ reportId, id: photoId });
  }

  /** The team of a task, or undefined when there is no such task. */
  async teamOfTask(taskId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ team_id: string }[]>(`SELECT team_id FROM field_tasks WHERE id = $1`, [taskId]);
    return rows[0]?.team_id;
  }

  async teamExists(teamId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM field_teams WHERE id = $1`, [teamId]);
    return rows.length > 0;
  }

  async teamsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ team_id: string }[]>(`SELECT team_id FROM team_members WHERE staff_user_id = $1`, [userId]);
    return rows.map((row) => row.team_id);
  }

  /** Accounts among `userIds` plus the members of `teamId` that do not hold an HQ role (HQ gets its own room). */
  async fieldAccounts(userIds: string[], teamId: string | null, hqRoles: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM staff_users u
        WHERE (u.id = ANY($1::uuid[]) OR u.id IN (SELECT staff_user_id FROM team_members WHERE team_id = $2::uuid))
          AND u.role <> ALL($3::text[])
        ORDER BY u.id`,
      [userIds, teamId, [...hqRoles]],
    );
    return rows.map((row) => row.id);
  }

  private restrictTo(query: SelectQueryBuilder<HazardReportEntity>, viewer: HazardReportViewer): SelectQueryBuilder<HazardReportEntity> {
    if (viewer === null) return query;
    return query.andWhere(
      '(r.reported_by_id = :viewerId OR r.team_id IN (SELECT m.team_id FROM team_members m WHERE m.staff_user_id = :viewerId))',
      { viewerId: viewer.userId },
    );
  }
}
