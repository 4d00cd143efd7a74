import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HazardPhoto } from '@app/contracts';

/** A photo of a hazard report: its bytes are in the photo storage under `storageKey`. */
@Entity('hazard_photos')
export class HazardPhotoEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'report_id' })
  reportId: string;

  @Column('integer')
  position: number;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @Column('text', { name: 'content_type' })
  contentType: HazardPhoto['contentType'];

  @Column('integer')
  bytes: number;

  @Column('integer', { nullable: true })
  width: number | null;

  @Column('integer', { nullable: true })
  height: number | null;

  @Column('bytea')
  sha256: Buffer;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
