import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@app/contracts';

export type PlaceKind = 'port' | 'bridge' | 'school' | 'shelter' | 'hq' | 'hospital' | 'other';

@Entity('places')
export class PlaceEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  kind: PlaceKind;

  @Column('jsonb')
  names: LocalizedText;

  @Column('double precision')
  lat: number;

  @Column('double precision')
  lon: number;

  @Column('text', { name: 'area_id', nullable: true })
  areaId: string | null;

  /** People a shelter holds; null for places that are not shelters. */
  @Column('integer', { nullable: true })
  capacity: number | null;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
