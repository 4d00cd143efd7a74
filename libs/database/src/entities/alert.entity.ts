import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertContent, AlertMsgType, AlertReference, AlertSignalRef, AlertState, AlertStatus } from '@app/contracts';

/** A public alert: its CAP content as one document plus the workflow fields only the server sets. */
@Entity('alerts')
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { nullable: true })
  identifier: string | null;

  @Column('text', { nullable: true })
  sender: string | null;

  @Column('text')
  state: AlertState;

  @Column('text')
  status: AlertStatus;

  @Column('text', { name: 'msg_type' })
  msgType: AlertMsgType;

  @Column('jsonb')
  references: AlertReference[];

  @Column('jsonb')
  content: AlertContent;

  @Column('uuid', { name: 'replaces_alert_id', nullable: true })
  replacesAlertId: string | null;

  @Column('jsonb', { nullable: true })
  signal: AlertSignalRef | null;

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @Column('uuid', { name: 'submitted_by', nullable: true })
  submittedBy: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('uuid', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('uuid', { name: 'rejected_by', nullable: true })
  rejectedBy: string | null;

  @Column('timestamptz', { name: 'rejected_at', nullable: true })
  rejectedAt: Date | null;

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** CAP `sent`. */
  @Column('timestamptz', { nullable: true })
  sent: Date | null;

  @Column('uuid', { name: 'cancelled_by', nullable: true })
  cancelledBy: string | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column('timestamptz', { name: 'expired_at', nullable: true })
  expiredAt: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  /** Optimistic lock for edits: a PATCH names the version it read. */
  @Column('integer', { default: 1 })
  version: number;
}
