import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaGeometry, AreaKind, LocalizedText, PlaceKind } from '@app/contracts';
import { AreaEntity } from '../entities/area.entity.js';
import { PlaceEntity } from '../entities/place.entity.js';

export interface AreaRow {
  id: string;
  kind: AreaKind;
  names: LocalizedText;
  geometry: AreaGeometry;
  centroidLat: number;
  centroidLon: number;
}

export interface PlaceRow {
  id: string;
  kind: PlaceKind;
  names: LocalizedText;
  lat: number;
  lon: number;
  areaId: string | null;
  capacity: number | null;
}

/** What an upsert did: the ids it inserted, the ids whose content changed, and how many rows were already current. */
export interface UpsertOutcome {
  inserted: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Areas and places. Writes are set-based upserts that touch a row (and its updated_at) only when its content
 * differs, so re-running a seed with the same data changes nothing and reports nothing.
 */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async upsertAreas(manager: EntityManager, areas: AreaRow[]): Promise<UpsertOutcome> {
    const input = areas.map((a) => ({
      id: a.id,
      kind: a.kind,
      names: a.names,
      geometry: a.geometry,
      centroid_lat: a.centroidLat,
      centroid_lon: a.centroidLon,
    }));
    const rows = await manager.query<{ id: string; inserted: boolean }[]>(
      `INSERT INTO areas AS a (id, kind, names, geometry, centroid_lat, centroid_lon)
       SELECT r.id, r.kind, r.names, r.geometry, r.centroid_lat, r.centroid_lon
       FROM jsonb_to_recordset($1::jsonb)
         AS r(id text, kind text, names jsonb, geometry jsonb, centroid_lat double precision, centroid_lon double precision)
       ON CONFLICT (id) DO UPDATE
         SET kind = EXCLUDED.kind, names = EXCLUDED.names, geometry = EXCLUDED.geometry,
             centroid_lat = EXCLUDED.centroid_lat, centroid_lon = EXCLUDED.centroid_lon, updated_at = now()
         WHERE (a.kind, a.names, a.geometry, a.centroid_lat, a.centroid_lon)
               IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.names, EXCLUDED.geometry, EXCLUDED.centroid_lat, EXCLUDED.centroid_lon)
       RETURNING a.id, (a.xmax = 0) AS inserted`,
      [JSON.stringify(input)],
    );
    return outcome(rows, input.length);
  }

  /** Areas must be written first: a place refers to its area. */
  async upsertPlaces(manager: EntityManager, places: PlaceRow[]): Promise<UpsertOutcome> {
    const input = places.map((p) => ({
      id: p.id,
      kind: p.kind,
      names: p.names,
      lat: p.lat,
      lon: p.lon,
      area_id: p.areaId,
      capacity: p.capacity,
    }));
    const rows = await manager.query<{ id: string; inserted: boolean }[]>(
      `INSERT INTO places AS p (id, kind, names, lat, lon, area_id, capacity)
       SELECT r.id, r.kind, r.names, r.lat, r.lon, r.area_id, r.capacity
       FROM jsonb_to_recordset($1::jsonb)
         AS r(id text, kind text, names jsonb, lat double precision, lon double precision, area_id text, capacity integer)
       ON CONFLICT (id) DO UPDATE
         SET kind = EXCLUDED.kind, names = EXCLUDED.names, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
             area_id = EXCLUDED.area_id, capacity = EXCLUDED.capacity, updated_at = now()
         WHERE (p.kind, p.names, p.lat, p.lon, p.area_id, p.capacity)
               IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.names, EXCLUDED.lat, EXCLUDED.lon, EXCLUDED.area_id, EXCLUDED.capacity)
       RETURNING p.id, (p.xmax = 0) AS inserted`,
      [JSON.stringify(input)],
    );
    return outcome(rows, input.length);
  }

  /** Every area, communities first, then by id. */
  listAreas(): Promise<AreaEntity[]> {
    return this.dataSource.getRepository(AreaEntity).createQueryBuilder('a').orderBy('a.kind', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  /** Places ordered by kind, then id; only those of one kind when given. */
  listPlaces(kind?: PlaceKind): Promise<PlaceEntity[]> {
    const query = this.dataSource.getRepository(PlaceEntity).createQueryBuilder('p').orderBy('p.kind', 'ASC').addOrderBy('p.id', 'ASC');
    if (kind !== undefined) query.where('p.kind = :kind', { kind });
    return query.getMany();
  }
}

function outcome(rows: { id: string; inserted: boolean }[], total: number): UpsertOutcome {
  const inserted = rows.filter((r) => r.inserted).map((r) => r.id).sort();
  const updated = rows.filter((r) => !r.inserted).map((r) => r.id).sort();
  return { inserted, updated, unchanged: total - rows.length };
}
