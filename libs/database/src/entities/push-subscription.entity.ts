import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@app/contracts';

/** A resident's browser push subscription and what it wants to receive. */
@Entity('push_subscriptions')
export class PushSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  endpoint: string;

  @Column('text')
  p256dh: string;

  @Column('text')
  auth: string;

  @Column('text')
  language: Language;

  @Column('text', { name: 'area_ids', array: true })
  areaIds: string[];

  /** Receives Exercise alerts. */
  @Column('boolean', { name: 'enrolled_for_drills', default: false })
  enrolledForDrills: boolean;

  /** Receives Test alerts; set by an admin only. */
  @Column('boolean', { name: 'test_device', default: false })
  testDevice: boolean;

  /** SHA-256 of the manage token the subscriber was given once; the token itself is never stored. */
  @Column('bytea', { name: 'manage_token_hash' })
  manageTokenHash: Buffer;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'last_success_at', nullable: true })
  lastSuccessAt: Date | null;

  @Column('integer', { name: 'failure_count', default: 0 })
  failureCount: number;
}
