import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Work committed with the change that caused it, waiting for the relay to enqueue it. */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** What kind of work, e.g. `alert.dispatch`. */
  @Column('text')
  topic: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'enqueued_at', nullable: true })
  enqueuedAt: Date | null;

  @Column('integer', { default: 0 })
  attempts: number;
}
