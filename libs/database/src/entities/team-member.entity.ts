import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person on a unit's roster (table team_members): a staff account, or a name and a phone only. */
@Entity('team_members')
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'team_id' })
  teamId: string;

  @Column('integer')
  position: number;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  phone: string | null;

  /** Set when the member signs in to /field: what access to the team's tasks is checked against. */
  @Column('uuid', { name: 'staff_user_id', nullable: true })
  staffUserId: string | null;

  @Column('boolean')
  leader: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
