import type { Readable } from 'node:stream';

/** A stored photo being read: its bytes as a stream and, when the store says, its length. */
export interface StoredPhoto {
  body: Readable;
  bytes: number | null;
}

/** Thrown when the store cannot be reached or refuses: the report is not stored (503), the phone sends it again. */
export class PhotoStorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PhotoStorageError';
  }
}

/**
 * Where hazard photo bytes live, by key (`reports/<report id>/<photo id>.<ext>`). The database keeps the key; this
 * keeps the bytes. Implementations: a folder on this machine, or an S3-compatible bucket.
 */
export abstract class PhotoStorage {
  abstract readonly kind: 'local' | 's3';
  /** Stores the bytes under the key; a key is written once. */
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  abstract get(key: string): Promise<StoredPhoto | null>;
  /** Removes the key; removing a key that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** Keys are made by the server, never taken from a request; this refuses anything that could leave the store. */
export function assertPhotoKey(key: string): void {
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.(jpg|png|webp)$/.test(key)) throw new PhotoStorageError(`Not a photo key: ${key}`);
}
