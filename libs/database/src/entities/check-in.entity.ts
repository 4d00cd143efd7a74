import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CheckInStatus } from '@app/contracts';

/** A field member's position and status (table check_ins); one row per (user, client id). */
@Entity('check_ins')
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'client_id' })
  clientId: string;

  @Column('uuid', { name: 'team_id' })
  teamId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { name: 'user_name' })
  userName: string;

  @Column('double precision')
  lat: number;

  @Column('double precision')
  lon: number;

  @Column('double precision', { name: 'accuracy_m', nullable: true })
  accuracyM: number | null;

  @Column('text')
  status: CheckInStatus;

  @Column('text', { nullable: true })
  note: string | null;

  /** SHA-256 of the check-in as sent: a resend under the same client id must carry the same body. */
  @Column('bytea', { name: 'body_hash' })
  bodyHash: Buffer;

  /** When it was made on the phone (it may have waited offline). */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;
}
