import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ResidentStatusEntity } from '../entities/resident-status.entity.js';

export type NewResidentStatusRow = Pick<ResidentStatusEntity, 'clientId' | 'status' | 'alertId' | 'areaId' | 'lat' | 'lon' | 'contact' | 'message' | 'bodyHash'>;

export interface ResidentStatusCountRow {
  safe: number;
  needHelp: number;
  openHelpRequests: number;
}

/** Residents' status reports (table resident_statuses). */
@Injectable()
export class ResidentStatusRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the report unless its client id is already stored; returns the stored row either way and whether it
   * is new. Two copies arriving at once resolve in the database (ON CONFLICT), not in the caller.
   */
  async insertOnce(values: NewResidentStatusRow): Promise<{ row: ResidentStatusEntity; created: boolean }> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ResidentStatusEntity)
      .values(values)
      .orIgnore()
      .returning('id')
      .execute();
    const created = inserted.raw.length > 0;
    const row = await this.dataSource.getRepository(ResidentStatusEntity).findOneByOrFail({ clientId: values.clientId });
    return { row, created };
  }

  /** Counts over all reports, or those answering one alert. */
  async counts(alertId: string | null): Promise<ResidentStatusCountRow> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'safe')::int AS safe,
              count(*) FILTER (WHERE status = 'need-help')::int AS "needHelp",
              count(*) FILTER (WHERE status = 'need-help' AND handled_at IS NULL)::int AS "openHelpRequests"
         FROM resident_statuses
        WHERE $1::uuid IS NULL OR alert_id = $1::uuid`,
      [alertId],
    );
    return row as ResidentStatusCountRow;
  }

  /** Help requests, oldest first (the order the HQ works through them); only open ones when asked. */
  listHelpRequests(openOnly: boolean, limit: number): Promise<ResidentStatusEntity[]> {
    const query = this.dataSource
      .getRepository(ResidentStatusEntity)
      .createQueryBuilder('r')
      .where(`r.status = 'need-help'`)
      .orderBy('r.received_at', 'ASC')
      .take(limit);
    if (openOnly) query.andWhere('r.handled_at IS NULL');
    return query.getMany();
  }

  /** Locks the row until the transaction ends, so two staff marking one request handled run one after the other. */
  findForUpdate(manager: EntityManager, id: string): Promise<ResidentStatusEntity | null> {
    return manager.getRepository(ResidentStatusEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  async markHandled(manager: EntityManager, id: string, staffId: string): Promise<ResidentStatusEntity> {
    await manager.getRepository(ResidentStatusEntity).update({ id }, { handledBy: staffId, handledAt: () => 'now()' });
    return manager.getRepository(ResidentStatusEntity).findOneByOrFail({ id });
  }
}
