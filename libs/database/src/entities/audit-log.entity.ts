import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Append-only: the database assigns id, time and hashes, and rejects UPDATE, DELETE and TRUNCATE. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryColumn('bigint')
  id: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('text')
  action: string;

  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Column('text', { name: 'entity_id', nullable: true })
  entityId: string | null;

  @Column('jsonb')
  summary: Record<string, unknown>;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('text', { nullable: true })
  ip: string | null;

  @Column('text', { name: 'prev_hash' })
  prevHash: string;

  @Column('text')
  hash: string;
}
