import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertEntity } from '../entities/alert.entity.js';

/**
 * The alerts residents may see: published (or since cancelled or expired) Actual alerts with scope Public. Exercise
 * and Test never reach this list.
 */
@Injectable()
export class PublicAlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Current ones (published, not yet expired) first, then the rest, each newest sent first. */
  list(now: Date, limit: number): Promise<AlertEntity[]> {
    return this.dataSource
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .where(`a.state IN ('published','cancelled','expired')`)
      .andWhere('a.published_at IS NOT NULL')
      .andWhere(`a.status = 'Actual'`)
      .andWhere(`a.content->>'scope' = 'Public'`)
      .orderBy(`CASE WHEN a.state = 'published' AND (a.content->>'expires')::timestamptz > :now THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('a.sent', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .setParameter('now', now)
      .limit(limit)
      .getMany();
  }

  /** Whether residents can have seen the alert: it was published (whatever happened to it since). */
  async isPublished(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM alerts WHERE id = $1 AND published_at IS NOT NULL`, [id]);
    return rows.length > 0;
  }
}
