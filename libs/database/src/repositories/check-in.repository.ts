import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CheckIn, CheckInStatus } from '@app/contracts';

export interface NewCheckIn {
  clientId: string;
  teamId: string;
  userId: string;
  userName: string;
  lat: number;
  lon: number;
  accuracyM: number | null;
  status: CheckInStatus;
  note: string | null;
  bodyHash: Buffer;
  recordedAt: Date;
}

interface CheckInRow {
  id: string;
  client_id: string;
  team_id: string;
  user_id: string;
  user_name: string;
  lat: number;
  lon: number;
  accuracy_m: number | null;
  status: CheckInStatus;
  note: string | null;
  body_hash: Buffer;
  recorded_at: Date;
  received_at: Date;
}

const COLUMNS = 'id, client_id, team_id, user_id, user_name, lat, lon, accuracy_m, status, note, body_hash, recorded_at, received_at';

function toCheckIn(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    clientId: row.client_id,
    teamId: row.team_id,
    userId: row.user_id,
    userName: row.user_name,
    location: { lat: row.lat, lon: row.lon, accuracyMeters: row.accuracy_m },
    status: row.status,
    note: row.note,
    recordedAt: row.recorded_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
  };
}

/** Field members' check-ins (table check_ins); the last one per unit is read with the unit (TeamRepository). */
@Injectable()
export class CheckInRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the check-in unless this user already sent one under its client id; returns the stored one either way,
   * its body hash, and whether it is new. Two copies arriving at once resolve in the database.
   */
  async insertOnce(manager: EntityManager, values: NewCheckIn): Promise<{ checkIn: CheckIn; bodyHash: Buffer; created: boolean }> {
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO check_ins (client_id, team_id, user_id, user_name, lat, lon, accuracy_m, status, note, body_hash, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (user_id, client_id) DO NOTHING RETURNING id`,
      [values.clientId, values.teamId, values.userId, values.userName, values.lat, values.lon, values.accuracyM, values.status, values.note, values.bodyHash, values.recordedAt],
    );
    const [row] = await manager.query<CheckInRow[]>(`SELECT ${COLUMNS} FROM check_ins WHERE user_id = $1 AND client_id = $2`, [values.userId, values.clientId]);
    return { checkIn: toCheckIn(row), bodyHash: row.body_hash, created: inserted.length > 0 };
  }

  async get(id: string): Promise<CheckIn | null> {
    const [row] = await this.dataSource.query<CheckInRow[]>(`SELECT ${COLUMNS} FROM check_ins WHERE id = $1`, [id]);
    return row ? toCheckIn(row) : null;
  }

  /** Newest first (by when they were made), of one unit or of all. */
  async list(teamId: string | null, limit: number): Promise<CheckIn[]> {
    const rows = await this.dataSource.query<CheckInRow[]>(
      `SELECT ${COLUMNS} FROM check_ins WHERE $1::uuid IS NULL OR team_id = $1::uuid ORDER BY recorded_at DESC, id LIMIT $2`,
      [teamId, limit],
    );
    return rows.map(toCheckIn);
  }
}
