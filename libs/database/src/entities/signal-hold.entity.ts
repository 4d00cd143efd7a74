import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SignalAction, SignalHoldReason, SignalSource } from '@app/contracts';

export type SignalHoldDecisionKind = 'confirmed' | 'rejected' | 'superseded';

/** A reading held back from the board until an operator confirms or rejects it (or the source moves on). */
@Entity('signal_holds')
export class SignalHoldEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  authority: string;

  @Column('text')
  area: string;

  @Column('text')
  hazard: string;

  /** The level on the board when the reading was held. */
  @Column('text', { name: 'previous_level', nullable: true })
  previousLevel: string | null;

  @Column('text', { nullable: true })
  level: string | null;

  @Column('text', { nullable: true })
  action: SignalAction | null;

  @Column('timestamptz', { name: 'issued_at', nullable: true })
  issuedAt: Date | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('text')
  source: SignalSource;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId: string | null;

  @Column('uuid', { name: 'entered_by_id', nullable: true })
  enteredById: string | null;

  @Column('text', { name: 'entered_by_name', nullable: true })
  enteredByName: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('jsonb')
  reasons: SignalHoldReason[];

  /** Source and level of the reading, to recognise it when it comes again. */
  @Column('text')
  signature: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column('uuid', { name: 'resolved_by_id', nullable: true })
  resolvedById: string | null;

  @Column('text', { name: 'resolved_by_name', nullable: true })
  resolvedByName: string | null;

  @Column('text', { nullable: true })
  decision: SignalHoldDecisionKind | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason: string | null;
}
