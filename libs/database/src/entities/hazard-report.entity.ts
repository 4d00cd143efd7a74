import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HazardCategory, HazardReportState, HazardSeverity } from '@app/contracts';

/** A hazard reported from the field, with where its lifecycle stands (steps in `hazard_report_steps`). */
@Entity('hazard_reports')
export class HazardReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'client_id' })
  clientId: string;

  @Column('text')
  category: HazardCategory;

  @Column('text')
  severity: HazardSeverity;

  @Column('text')
  description: string;

  @Column('double precision')
  lat: number;

  @Column('double precision')
  lon: number;

  @Column('double precision', { name: 'accuracy_m', nullable: true })
  accuracyM: number | null;

  @Column('text', { name: 'area_id', nullable: true })
  areaId: string | null;

  @Column('uuid', { name: 'task_id', nullable: true })
  taskId: string | null;

  @Column('uuid', { name: 'team_id', nullable: true })
  teamId: string | null;

  @Column('text')
  state: HazardReportState;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { name: 'duplicate_of', nullable: true })
  duplicateOf: string | null;

  @Column('uuid', { name: 'reported_by_id' })
  reportedById: string;

  @Column('text', { name: 'reported_by_name' })
  reportedByName: string;

  /** SHA-256 of the report as sent (fields and photo hashes): a resend under the same client id must match. */
  @Column('bytea', { name: 'body_hash' })
  bodyHash: Buffer;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
