import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignalKey } from '@app/contracts';
import { SignalHoldEntity, type SignalHoldDecisionKind } from '../entities/signal-hold.entity.js';

export type NewSignalHold = Omit<SignalHoldEntity, 'id' | 'createdAt' | 'resolvedAt' | 'resolvedById' | 'resolvedByName' | 'decision' | 'decisionReason'>;

export interface SignalHoldResolution {
  decision: SignalHoldDecisionKind;
  byId: string | null;
  byName: string;
  reason: string | null;
}

/** Readings held for confirmation (table signal_holds); at most one open per track. */
@Injectable()
export class SignalHoldRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Open holds of the tracks; call with the tracks locked, so they cannot change meanwhile. */
  openFor(manager: EntityManager, keys: readonly SignalKey[]): Promise<SignalHoldEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(SignalHoldEntity, 'h')
      .where('h.resolved_at IS NULL')
      .andWhere(
        '(h.authority, h.area, h.hazard) IN (SELECT * FROM unnest(CAST(:authorities AS text[]), CAST(:areas AS text[]), CAST(:hazards AS text[])))',
        { authorities: keys.map((k) => k.authority), areas: keys.map((k) => k.area), hazards: keys.map((k) => k.hazard) },
      )
      .getMany();
  }

  /** Every open hold, oldest first. */
  listOpen(): Promise<SignalHoldEntity[]> {
    return this.dataSource
      .getRepository(SignalHoldEntity)
      .createQueryBuilder('h')
      .where('h.resolved_at IS NULL')
      .orderBy('h.created_at', 'ASC')
      .getMany();
  }

  insert(manager: EntityManager, hold: NewSignalHold): Promise<SignalHoldEntity> {
    return manager.save(manager.create(SignalHoldEntity, { ...hold, createdAt: new Date() }));
  }

  /** Closes open holds; returns the ones this call closed. */
  async resolve(manager: EntityManager, ids: readonly string[], resolution: SignalHoldResolution): Promise<string[]> {
    if (ids.length === 0) return [];
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE signal_holds SET resolved_at = clock_timestamp(), resolved_by_id = $2, resolved_by_name = $3, decision = $4, decision_reason = $5
       WHERE id = ANY($1::uuid[]) AND resolved_at IS NULL
       RETURNING id`,
      [ids, resolution.byId, resolution.byName, resolution.decision, resolution.reason],
    );
    return rows.map((row) => row.id);
  }
}
