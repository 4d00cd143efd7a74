import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TaskChecklistItem, TaskKind, TaskState } from '@app/contracts';

/**
 * One dispatch of a unit (table field_tasks). Once it went en route (`enRouteAt` set) it counts `people`
 * inspector-trips and `vehicles` vehicle-trips.
 */
@Entity('field_tasks')
export class FieldTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: TaskKind;

  @Column('uuid', { name: 'team_id' })
  teamId: string;

  @Column('text')
  title: string;

  @Column('text', { name: 'area_id', nullable: true })
  areaId: string | null;

  @Column('text', { name: 'place_id', nullable: true })
  placeId: string | null;

  @Column('double precision', { nullable: true })
  lat: number | null;

  @Column('double precision', { nullable: true })
  lon: number | null;

  @Column('jsonb')
  checklist: TaskChecklistItem[];

  @Column('text')
  state: TaskState;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('integer')
  people: number;

  @Column('integer')
  vehicles: number;

  @Column('uuid', { name: 'playbook_run_id', nullable: true })
  playbookRunId: string | null;

  @Column('uuid', { name: 'vulnerable_resident_id', nullable: true })
  vulnerableResidentId: string | null;

  @Column('uuid', { name: 'hazard_report_id', nullable: true })
  hazardReportId: string | null;

  @Column('uuid', { name: 'assigned_by_id', nullable: true })
  assignedById: string | null;

  @Column('text', { name: 'assigned_by_name' })
  assignedByName: string;

  @Column('timestamptz', { name: 'en_route_at', nullable: true })
  enRouteAt: Date | null;

  @Column('timestamptz', { name: 'on_site_at', nullable: true })
  onSiteAt: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
