import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TaskState } from '@app/contracts';

/** One state change of a field task (table task_transitions); creation is the first, from null to assigned. */
@Entity('task_transitions')
export class TaskTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'task_id' })
  taskId: string;

  @Column('text', { name: 'from_state', nullable: true })
  fromState: TaskState | null;

  @Column('text', { name: 'to_state' })
  toState: TaskState;

  @Column('uuid', { name: 'by_id', nullable: true })
  byId: string | null;

  @Column('text', { name: 'by_name' })
  byName: string;

  @Column('text', { nullable: true })
  reason: string | null;

  /** The phone's id for a transition queued offline: a resend applies once. */
  @Column('text', { name: 'client_id', nullable: true })
  clientId: string | null;

  @Column('timestamptz')
  at: Date;
}
