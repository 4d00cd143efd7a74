import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SignalSource } from '@app/contracts';

export type SignalDocumentOutcome = 'accepted' | 'rejected' | 'ignored';

/** A raw document a source delivered (feed file, CAP message, manual entry), kept with what became of it. */
@Entity('signal_documents')
export class SignalDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  source: SignalSource;

  @Column('text')
  authority: string;

  @Column('text', { nullable: true })
  url: string | null;

  /** SHA-256 (hex) of the bytes as received. */
  @Column('text', { name: 'content_hash' })
  contentHash: string;

  /** The bytes as UTF-8 text, cut at the document size limit. */
  @Column('text')
  content: string;

  @Column('integer', { name: 'byte_length' })
  byteLength: number;

  @Column('boolean')
  truncated: boolean;

  @Column('text', { name: 'content_type', nullable: true })
  contentType: string | null;

  @Column('text')
  outcome: SignalDocumentOutcome;

  @Column('text', { name: 'outcome_code', nullable: true })
  outcomeCode: string | null;

  @Column('text', { name: 'outcome_reason', nullable: true })
  outcomeReason: string | null;

  @Column('timestamptz', { name: 'fetched_at' })
  fetchedAt: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt: Date;

  @Column('integer', { name: 'times_seen' })
  timesSeen: number;
}
