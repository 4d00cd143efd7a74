import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ResidentStatus } from '@app/contracts';

/** A resident's "I'm safe" or "I need help"; help requests are marked handled by HQ staff. */
@Entity('resident_statuses')
export class ResidentStatusEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'client_id' })
  clientId: string;

  @Column('text')
  status: ResidentStatus;

  @Column('uuid', { name: 'alert_id', nullable: true })
  alertId: string | null;

  @Column('text', { name: 'area_id', nullable: true })
  areaId: string | null;

  @Column('double precision', { nullable: true })
  lat: number | null;

  @Column('double precision', { nullable: true })
  lon: number | null;

  @Column('text', { nullable: true })
  contact: string | null;

  @Column('text', { nullable: true })
  message: string | null;

  /** SHA-256 of the report as sent: a replay with the same client id must carry the same body. */
  @Column('bytea', { name: 'body_hash' })
  bodyHash: Buffer;

  @Column('timestamptz', { name: 'received_at', default: () => 'now()' })
  receivedAt: Date;

  @Column('uuid', { name: 'handled_by', nullable: true })
  handledBy: string | null;

  @Column('timestamptz', { name: 'handled_at', nullable: true })
  handledAt: Date | null;
}
