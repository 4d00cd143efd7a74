import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignalFeedCursorEntity } from '../entities/signal-feed-cursor.entity.js';

/** HTTP validators per feed URL (table signal_feed_cursors). */
@Injectable()
export class SignalFeedCursorRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(url: string): Promise<SignalFeedCursorEntity | null> {
    return this.dataSource.getRepository(SignalFeedCursorEntity).findOneBy({ url });
  }

  async save(cursor: { url: string; etag: string | null; lastModified: string | null; contentHash: string | null }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO signal_feed_cursors (url, etag, last_modified, content_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
         content_hash = EXCLUDED.content_hash, updated_at = now()`,
      [cursor.url, cursor.etag, cursor.lastModified, cursor.contentHash],
    );
  }

  /** Forgets the validators, so the next fetch is unconditional and its answer is read in full. */
  async clear(url: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM signal_feed_cursors WHERE url = $1`, [url]);
  }
}
