import { Column, Entity, PrimaryColumn } from 'typeorm';

/** HTTP validators of the last accepted answer of a feed URL, for conditional GET. */
@Entity('signal_feed_cursors')
export class SignalFeedCursorEntity {
  @PrimaryColumn('text')
  url: string;

  @Column('text', { nullable: true })
  etag: string | null;

  @Column('text', { name: 'last_modified', nullable: true })
  lastModified: string | null;

  @Column('text', { name: 'content_hash', nullable: true })
  contentHash: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
