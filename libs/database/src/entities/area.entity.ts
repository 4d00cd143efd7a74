import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@app/contracts';

@Entity('areas')
export class AreaEntity {
  /** Stable id used by alerts, targeting and the bundled map (e.g. `xiaohengqin`). */
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  kind: 'community' | 'estate' | 'district';

  @Column('jsonb')
  names: LocalizedText;

  /** GeoJSON Polygon or MultiPolygon, [lon, lat] order. */
  @Column('jsonb')
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

  @Column('double precision', { name: 'centroid_lat' })
  centroidLat: number;

  @Column('double precision', { name: 'centroid_lon' })
  centroidLon: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
