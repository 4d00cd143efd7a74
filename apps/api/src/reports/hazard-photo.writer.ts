import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { NewHazardPhotoRow } from '@app/database';
import { DomainError } from '@app/domain';
import type { CheckedPhoto } from './hazard-report-form.reader.js';
import { PhotoStorage } from './storage/photo-storage.js';

const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/** Names a report's photos in the photo store, writes them all or none, and removes them when their row is not kept. */
@Injectable()
export class HazardPhotoWriter {
  private readonly logger = new Logger(HazardPhotoWriter.name);

  constructor(private readonly storage: PhotoStorage) {}

  /** The rows the photos will have; keys are made here from fresh ids, never from anything the client sent. */
  rowsFor(reportId: string, photos: CheckedPhoto[]): NewHazardPhotoRow[] {
    return photos.map((photo, index) => {
      const id = randomUUID();
      return {
        id,
        position: index + 1,
        storageKey: `reports/${reportId}/${id}.${EXTENSION[photo.contentType]}`,
        contentType: photo.contentType,
        bytes: photo.body.length,
        width: photo.width,
        height: photo.height,
        sha256: photo.sha256,
      };
    });
  }

  /** Writes every photo; if any fails, removes those written and answers 503 (the phone sends the report again). */
  async writeAll(rows: NewHazardPhotoRow[], photos: CheckedPhoto[]): Promise<void> {
    const results = await Promise.allSettled(rows.map((row, i) => this.storage.put(row.storageKey, photos[i].body, row.contentType)));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (!failed) return;
    this.logger.error({ err: failed.reason }, 'hazard photos could not be stored');
    await this.removeAll(rows);
    throw new DomainError('unavailable', 'photo_storage_unavailable', 'The photos could not be stored just now; nothing was saved. Send the report again later.');
  }

  /** Best effort: a photo that cannot be removed now is logged with its key. */
  async removeAll(rows: NewHazardPhotoRow[]): Promise<void> {
    await Promise.all(
      rows.map((row) =>
        this.storage.delete(row.storageKey).catch((err: unknown) => this.logger.warn({ err, key: row.storageKey }, 'could not remove an unused hazard photo')),
      ),
    );
  }
}
