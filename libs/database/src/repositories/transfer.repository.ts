import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Transfer } from '@app/contracts';
import { findByClientId, insertOnceByClientId, type ClientIdTable } from './client-id-rows.js';

export interface NewTransferRow {
  clientId: string;
  bodyHash: Buffer;
  shelterId: string;
  people: number;
  fromAreaId: string | null;
  fromNote: string | null;
  vulnerableResidentId: string | null;
  teamId: string | null;
  taskId: string | null;
  byId: string;
  byName: string;
  recordedAt: Date;
}

export interface NewDepartureRow {
  shelterId: string;
  people: number;
  vulnerableResidentId: string | null;
  note: string | null;
  byId: string;
  byName: string;
}

export interface StoredTransfer {
  transfer: Transfer;
  bodyHash: Buffer;
}

interface TransferRow {
  id: string;
  shelter_id: string;
  people: number;
  from_area_id: string | null;
  from_note: string | null;
  vulnerable_resident_id: string | null;
  team_id: string | null;
  task_id: string | null;
  by_id: string;
  by_name: string;
  recorded_at: Date;
  body_hash: Buffer;
}

const TRANSFERS: ClientIdTable = {
  name: 'transfers',
  columns: `id, shelter_id, people, from_area_id, from_note, vulnerable_resident_id, team_id, task_id, by_id, by_name, recorded_at, body_hash`,
};

function toStored(row: TransferRow): StoredTransfer {
  return {
    transfer: {
      id: row.id,
      shelterId: row.shelter_id,
      people: row.people,
      fromAreaId: row.from_area_id,
      fromNote: row.from_note,
      vulnerableResidentId: row.vulnerable_resident_id,
      teamId: row.team_id,
      taskId: row.task_id,
      byId: row.by_id,
      byName: row.by_name,
      recordedAt: row.recorded_at.toISOString(),
    },
    bodyHash: row.body_hash,
  };
}

/** People moved into shelters and people who left them (tables transfers, shelter_departures). */
@Injectable()
export class TransferRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByClientId(manager: EntityManager | DataSource, clientId: string): Promise<StoredTransfer | null> {
    const row = await findByClientId<TransferRow>(manager, TRANSFERS, clientId);
    return row ? toStored(row) : null;
  }

  /** Inserts unless the client id is stored; `created` false means a copy (possibly concurrent) got there first. */
  async insertOnce(manager: EntityManager, values: NewTransferRow): Promise<{ stored: StoredTransfer; created: boolean }> {
    const { row, created } = await insertOnceByClientId<TransferRow>(manager, TRANSFERS, {
      client_id: values.clientId,
      body_hash: values.bodyHash,
      shelter_id: values.shelterId,
      people: values.people,
      from_area_id: values.fromAreaId,
      from_note: values.fromNote,
      vulnerable_resident_id: values.vulnerableResidentId,
      team_id: values.teamId,
      task_id: values.taskId,
      by_id: values.byId,
      by_name: values.byName,
      recorded_at: values.recordedAt,
    });
    return { stored: toStored(row), created };
  }

  async list(filter: { shelterId?: string; limit: number }): Promise<Transfer[]> {
    const rows = await this.dataSource.query<TransferRow[]>(
      `SELECT ${TRANSFERS.columns} FROM transfers WHERE $1::uuid IS NULL OR shelter_id = $1 ORDER BY recorded_at DESC, id LIMIT $2`,
      [filter.shelterId ?? null, filter.limit],
    );
    return rows.map((row) => toStored(row).transfer);
  }

  async insertDeparture(manager: EntityManager, values: NewDepartureRow): Promise<{ id: string }> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO shelter_departures (shelter_id, people, vulnerable_resident_id, note, by_id, by_name) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.shelterId, values.people, values.vulnerableResidentId, values.note, values.byId, values.byName],
    );
    return row;
  }
}
