import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HazardReportState } from '@app/contracts';

/** One step of a hazard report's lifecycle, made by a named user. */
@Entity('hazard_report_steps')
export class HazardReportStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'report_id' })
  reportId: string;

  @Column('text', { name: 'from_state', nullable: true })
  fromState: HazardReportState | null;

  @Column('text', { name: 'to_state' })
  toState: HazardReportState;

  @Column('uuid', { name: 'by_id', nullable: true })
  byId: string | null;

  @Column('text', { name: 'by_name' })
  byName: string;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { name: 'team_id', nullable: true })
  teamId: string | null;

  @Column('timestamptz')
  at: Date;
}
