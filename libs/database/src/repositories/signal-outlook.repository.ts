import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SignalOutlookEntity } from '../entities/signal-outlook.entity.js';

/** The outlook tables operators enter (table signal_outlooks), one per authority and hazard. */
@Injectable()
export class SignalOutlookRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(authority: string, hazard: string): Promise<SignalOutlookEntity | null> {
    return this.dataSource.getRepository(SignalOutlookEntity).findOneBy({ authority, hazard });
  }

  /** Replaces the table; returns the stored row and the one it replaced. */
  async replace(
    manager: EntityManager,
    outlook: Omit<SignalOutlookEntity, 'enteredAt'>,
  ): Promise<{ stored: SignalOutlookEntity; previous: SignalOutlookEntity | null }> {
    const repository = manager.getRepository(SignalOutlookEntity);
    const previous = await repository
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.authority = :authority AND o.hazard = :hazard', { authority: outlook.authority, hazard: outlook.hazard })
      .getOne();
    const stored = await repository.save(repository.create({ ...outlook, enteredAt: new Date() }));
    return { stored, previous };
  }
}
