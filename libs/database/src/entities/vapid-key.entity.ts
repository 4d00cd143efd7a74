import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The application server's one VAPID key pair (RFC 8292), base64url; see the push-subscriptions migration. */
@Entity('vapid_keys')
export class VapidKeyEntity {
  @PrimaryColumn('boolean')
  id: boolean;

  @Column('text', { name: 'public_key' })
  publicKey: string;

  @Column('text', { name: 'private_key' })
  privateKey: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
