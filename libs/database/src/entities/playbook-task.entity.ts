import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, PlaybookTaskState } from '@app/contracts';

/** One checklist item of a playbook run (table playbook_tasks): open → acknowledged → done by named users. */
@Entity('playbook_tasks')
export class PlaybookTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'run_id' })
  runId: string;

  @Column('integer')
  position: number;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { nullable: true })
  detail: LocalizedText | null;

  @Column('text')
  state: PlaybookTaskState;

  @Column('uuid', { name: 'acknowledged_by_id', nullable: true })
  acknowledgedById: string | null;

  @Column('text', { name: 'acknowledged_by_name', nullable: true })
  acknowledgedByName: string | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @Column('uuid', { name: 'done_by_id', nullable: true })
  doneById: string | null;

  @Column('text', { name: 'done_by_name', nullable: true })
  doneByName: string | null;

  @Column('timestamptz', { name: 'done_at', nullable: true })
  doneAt: Date | null;

  @Column('text', { nullable: true })
  note: string | null;
}
