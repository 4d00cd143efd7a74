import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SignalAction, SignalFreshness, SignalSource } from '@app/contracts';

/** One change of a track's level. Rows are only ever added. */
@Entity('signal_history')
export class SignalHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('text')
  authority: string;

  @Column('text')
  area: string;

  @Column('text')
  hazard: string;

  /** The change of the same track this one follows; null for the first. */
  @Column('bigint', { name: 'follows_id', nullable: true })
  followsId: string | null;

  @Column('text', { name: 'previous_level', nullable: true })
  previousLevel: string | null;

  @Column('text', { nullable: true })
  level: string | null;

  @Column('text')
  action: SignalAction;

  @Column('timestamptz', { name: 'issued_at', nullable: true })
  issuedAt: Date | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @Column('text')
  source: SignalSource;

  @Column('text')
  freshness: SignalFreshness;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId: string | null;

  @Column('uuid', { name: 'hold_id', nullable: true })
  holdId: string | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('text', { nullable: true })
  reason: string | null;

  /** When the change was committed (a confirmed hold: when it was confirmed). */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  /** Set once `signal.changed` went out; null rows are announced again by the freshness check. */
  @Column('timestamptz', { name: 'event_published_at', nullable: true })
  eventPublishedAt: Date | null;

  /** Set once the playbook evaluation job was queued. */
  @Column('timestamptz', { name: 'job_enqueued_at', nullable: true })
  jobEnqueuedAt: Date | null;
}
