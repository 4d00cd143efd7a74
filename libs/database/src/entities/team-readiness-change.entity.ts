import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TeamKind, TeamReadiness } from '@app/contracts';

/** One readiness change of a unit with its headcount then (table team_readiness_changes): peaks over a period. */
@Entity('team_readiness_changes')
export class TeamReadinessChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'team_id' })
  teamId: string;

  @Column('text')
  kind: TeamKind;

  @Column('text', { name: 'from_readiness', nullable: true })
  fromReadiness: TeamReadiness | null;

  @Column('text', { name: 'to_readiness' })
  toReadiness: TeamReadiness;

  @Column('integer')
  headcount: number;

  @Column('uuid', { name: 'by_id', nullable: true })
  byId: string | null;

  @Column('text', { name: 'by_name' })
  byName: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('timestamptz')
  at: Date;
}
