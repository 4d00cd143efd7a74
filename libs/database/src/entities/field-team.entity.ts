import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TeamKind, TeamReadiness } from '@app/contracts';

/** An inspection team or rescue crew (table field_teams); members, vehicles and check-ins point at it. */
@Entity('field_teams')
export class FieldTeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: TeamKind;

  @Column('text')
  name: string;

  @Column('text', { name: 'base_place_id', nullable: true })
  basePlaceId: string | null;

  @Column('text', { name: 'base_note', nullable: true })
  baseNote: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text')
  readiness: TeamReadiness;

  @Column('text', { name: 'readiness_note', nullable: true })
  readinessNote: string | null;

  /** When the readiness last changed: a deployed unit is counted silent from here until it checks in. */
  @Column('timestamptz', { name: 'readiness_at' })
  readinessAt: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
