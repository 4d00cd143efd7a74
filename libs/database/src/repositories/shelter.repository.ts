import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocalizedText, Shelter } from '@app/contracts';

export interface ShelterValues {
  placeId: string | null;
  names: LocalizedText;
  areaId: string | null;
  lat: number;
  lon: number;
  capacity: number;
  open: boolean;
}

interface ShelterRow {
  id: string;
  place_id: string | null;
  names: LocalizedText;
  area_id: string | null;
  lat: number;
  lon: number;
  capacity: number;
  occupancy: number;
  open: boolean;
  updated_at: Date;
}

const COLUMNS = `id, place_id, names, area_id, lat, lon, capacity, occupancy, open, updated_at`;

function toShelter(row: ShelterRow): Shelter {
  return {
    id: row.id,
    placeId: row.place_id,
    names: row.names,
    areaId: row.area_id,
    location: { lat: row.lat, lon: row.lon },
    capacity: row.capacity,
    occupancy: row.occupancy,
    open: row.open,
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Shelters and their occupancy (table shelters). Occupancy changes only through `admit` and `release`, each one
 * conditional UPDATE, so concurrent transfers into one shelter queue on its row and the count stays exact.
 */
@Injectable()
export class ShelterRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<Shelter[]> {
    const rows = await this.dataSource.query<ShelterRow[]>(`SELECT ${COLUMNS} FROM shelters ORDER BY area_id NULLS LAST, names->>'en', id`);
    return rows.map(toShelter);
  }

  async find(manager: EntityManager | DataSource, id: string): Promise<Shelter | null> {
    const rows = await manager.query<ShelterRow[]>(`SELECT ${COLUMNS} FROM shelters WHERE id = $1`, [id]);
    return rows[0] ? toShelter(rows[0]) : null;
  }

  /** Locks the shelter's row (NO KEY UPDATE: transfers that refer to it still insert, then queue on `admit`). */
  async findForUpdate(manager: EntityManager, id: string): Promise<Shelter | null> {
    const rows = await manager.query<ShelterRow[]>(`SELECT ${COLUMNS} FROM shelters WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    return rows[0] ? toShelter(rows[0]) : null;
  }

  async findByPlace(manager: EntityManager | DataSource, placeId: string): Promise<Shelter | null> {
    const rows = await manager.query<ShelterRow[]>(`SELECT ${COLUMNS} FROM shelters WHERE place_id = $1`, [placeId]);
    return rows[0] ? toShelter(rows[0]) : null;
  }

  async insert(manager: EntityManager, values: ShelterValues): Promise<Shelter> {
    const rows = await manager.query<ShelterRow[]>(
      `INSERT INTO shelters (place_id, names, area_id, lat, lon, capacity, open) VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [values.placeId, JSON.stringify(values.names), values.areaId, values.lat, values.lon, values.capacity, values.open],
    );
    return toShelter(rows[0]);
  }

  async update(manager: EntityManager, id: string, values: ShelterValues): Promise<Shelter> {
    const rows = await manager.query<ShelterRow[]>(
      `WITH u AS (UPDATE shelters SET place_id = $2, names = $3::jsonb, area_id = $4, lat = $5, lon = $6, capacity = $7, open = $8, updated_at = now()
                   WHERE id = $1 RETURNING ${COLUMNS})
       SELECT * FROM u`,
      [id, values.placeId, JSON.stringify(values.names), values.areaId, values.lat, values.lon, values.capacity, values.open],
    );
    return toShelter(rows[0]);
  }

  /** Adds `people` when the shelter is open and has room; null when it has not (the caller explains why). */
  async admit(manager: EntityManager, id: string, people: number): Promise<Shelter | null> {
    const rows = await manager.query<ShelterRow[]>(
      `WITH u AS (UPDATE shelters SET occupancy = occupancy + $2, updated_at = now()
                   WHERE id = $1 AND open AND occupancy + $2 <= capacity RETURNING ${COLUMNS})
       SELECT * FROM u`,
      [id, people],
    );
    return rows[0] ? toShelter(rows[0]) : null;
  }

  /** Takes `people` off when at least that many are in; null otherwise. */
  async release(manager: EntityManager, id: string, people: number): Promise<Shelter | null> {
    const rows = await manager.query<ShelterRow[]>(
      `WITH u AS (UPDATE shelters SET occupancy = occupancy - $2, updated_at = now()
                   WHERE id = $1 AND occupancy >= $2 RETURNING ${COLUMNS})
       SELECT * FROM u`,
      [id, people],
    );
    return rows[0] ? toShelter(rows[0]) : null;
  }

  /** A shelter for every reference place of kind shelter that has none yet (closed, capacity from the place). */
  async insertFromShelterPlaces(manager: EntityManager): Promise<Shelter[]> {
    const rows = await manager.query<ShelterRow[]>(
      `INSERT INTO shelters (place_id, names, area_id, lat, lon, capacity, open)
       SELECT p.id, p.names, p.area_id, p.lat, p.lon, p.capacity, false
         FROM places p
        WHERE p.kind = 'shelter' AND p.capacity IS NOT NULL
        ORDER BY p.id
       ON CONFLICT (place_id) DO NOTHING
       RETURNING ${COLUMNS}`,
    );
    return rows.map(toShelter);
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM shelters`);
    return row.n;
  }
}
