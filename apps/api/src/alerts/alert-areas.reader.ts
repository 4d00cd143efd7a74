import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferenceArea } from '@app/domain';

/** The seeded areas alerts may target, as the validation and the CAP writer need them. */
@Injectable()
export class AlertAreasReader {
  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<ReferenceArea[]> {
    const rows: { id: string; kind: ReferenceArea['kind']; names: ReferenceArea['names']; geometry: ReferenceArea['outline']; lat: number; lon: number }[] =
      await this.dataSource.query(`SELECT id, kind, names, geometry, centroid_lat AS lat, centroid_lon AS lon FROM areas ORDER BY id`);
    return rows.map((row) => ({ id: row.id, kind: row.kind, names: row.names, outline: row.geometry, approximate: false, centroid: { lat: row.lat, lon: row.lon } }));
  }
}
