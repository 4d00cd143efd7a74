import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { NoticeAudience } from '@app/contracts';
import { StaffNoticeEntity } from '@app/database';

/** Staff notices (table staff_notices). */
@Injectable()
export class NoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts in the caller's transaction; the returned row carries the id and time the database assigned. */
  insert(manager: EntityManager, values: Pick<StaffNoticeEntity, 'audience' | 'message' | 'authorId' | 'authorName'>): Promise<StaffNoticeEntity> {
    return manager.save(manager.create(StaffNoticeEntity, values));
  }

  /** Newest first. */
  listForAudiences(audiences: NoticeAudience[], limit: number): Promise<StaffNoticeEntity[]> {
    return this.dataSource.getRepository(StaffNoticeEntity).find({ where: { audience: In(audiences) }, order: { createdAt: 'DESC' }, take: limit });
  }
}
