import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AlertState } from '@app/contracts';
import { AlertEntity } from '../entities/alert.entity.js';

export type NewAlertRow = Pick<AlertEntity, 'state' | 'status' | 'msgType' | 'references' | 'content' | 'replacesAlertId' | 'signal' | 'authorId'> &
  Partial<Pick<AlertEntity, 'id' | 'identifier' | 'sender' | 'sent' | 'submittedBy' | 'submittedAt' | 'approvedBy' | 'approvedAt' | 'publishedAt'>>;

export type AlertChanges = Partial<Omit<AlertEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'authorId'>>;

/** Public alerts (table alerts). */
@Injectable()
export class AlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, values: NewAlertRow): Promise<AlertEntity> {
    return manager.save(manager.create(AlertEntity, values));
  }

  findById(id: string): Promise<AlertEntity | null> {
    return this.dataSource.getRepository(AlertEntity).findOneBy({ id });
  }

  /** Locks the row until the transaction ends: concurrent approvals of one alert run one after the other. */
  findForUpdate(manager: EntityManager, id: string): Promise<AlertEntity | null> {
    return manager.getRepository(AlertEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  }

  /** Applies changes and bumps the version; returns the stored row. */
  async update(manager: EntityManager, id: string, changes: AlertChanges): Promise<AlertEntity> {
    await manager
      .createQueryBuilder()
      .update(AlertEntity)
      .set({ ...changes, updatedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    return manager.getRepository(AlertEntity).findOneByOrFail({ id });
  }

  /** Newest first. */
  list(state: AlertState | undefined, limit: number): Promise<AlertEntity[]> {
    return this.dataSource.getRepository(AlertEntity).find({ where: state ? { state } : {}, order: { updatedAt: 'DESC' }, take: limit });
  }
}
