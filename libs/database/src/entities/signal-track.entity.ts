import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SignalAction, SignalFreshness, SignalSource } from '@app/contracts';

/** The current state of one (authority, area, hazard) track and what its freshness is computed from. */
@Entity('signal_tracks')
export class SignalTrackEntity {
  @PrimaryColumn('text')
  authority: string;

  @PrimaryColumn('text')
  area: string;

  @PrimaryColumn('text')
  hazard: string;

  /** Catalogue level code in force; null for none (or, with `receivedAt` null, never read). */
  @Column('text', { nullable: true })
  level: string | null;

  @Column('text', { nullable: true })
  action: SignalAction | null;

  @Column('timestamptz', { name: 'issued_at', nullable: true })
  issuedAt: Date | null;

  /** When the current state reached us; null until the first good reading. */
  @Column('timestamptz', { name: 'received_at', nullable: true })
  receivedAt: Date | null;

  @Column('text', { nullable: true })
  source: SignalSource | null;

  @Column('timestamptz', { nullable: true })
  since: Date | null;

  @Column('bigint', { name: 'last_change_id', nullable: true })
  lastChangeId: string | null;

  /** When a source last answered readably for this track (or an operator vouched for it). */
  @Column('timestamptz', { name: 'checked_at', nullable: true })
  checkedAt: Date | null;

  /** Publication time the last readable document gave. */
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { name: 'failed_at', nullable: true })
  failedAt: Date | null;

  @Column('text', { name: 'failure_code', nullable: true })
  failureCode: string | null;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason: string | null;

  /** Freshness as last announced to clients; the board computes the current one on read. */
  @Column('text')
  freshness: SignalFreshness;

  /** A reading an operator rejected; the same reading from the same source is not held again. */
  @Column('text', { name: 'dismissed_reading', nullable: true })
  dismissedReading: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
