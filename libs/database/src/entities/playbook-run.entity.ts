import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '@app/contracts';

export type PlaybookRunStatus = 'open' | 'closed';
/** Why a run closed: every task done, or the signal that fired it went below the rule's threshold. */
export type PlaybookRunClosedReason = 'tasks_done' | 'signal_ended';

/** A playbook rule fired by one signal change (table playbook_runs); its tasks are PlaybookTaskEntity rows. */
@Entity('playbook_runs')
export class PlaybookRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'rule_id' })
  ruleId: string;

  @Column('text', { name: 'trigger_change_id' })
  triggerChangeId: string;

  @Column('text', { name: 'trigger_authority' })
  triggerAuthority: string;

  @Column('text', { name: 'trigger_area' })
  triggerArea: string;

  @Column('text', { name: 'trigger_hazard' })
  triggerHazard: string;

  @Column('text', { name: 'trigger_level', nullable: true })
  triggerLevel: string | null;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb')
  summary: LocalizedText;

  @Column('text', { name: 'alert_template_ids', array: true })
  alertTemplateIds: string[];

  @Column('text')
  status: PlaybookRunStatus;

  @Column('text', { name: 'closed_reason', nullable: true })
  closedReason: PlaybookRunClosedReason | null;

  @Column('text', { name: 'closed_by_change_id', nullable: true })
  closedByChangeId: string | null;

  @Column('timestamptz', { name: 'fired_at' })
  firedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;
}
