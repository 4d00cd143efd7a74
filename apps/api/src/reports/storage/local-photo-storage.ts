import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertPhotoKey, PhotoStorage, PhotoStorageError, type StoredPhoto } from './photo-storage.js';

/** Photos as files under one folder (`PHOTO_STORAGE_PATH`). */
export class LocalPhotoStorage extends PhotoStorage {
  readonly kind = 'local';
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, body: Buffer): Promise<void> {
    const path = this.pathOf(key);
    // Written beside its final name and renamed, so a reader never sees half a photo.
    const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(partial, body, { flag: 'wx' });
      await rename(partial, path);
    } catch (err) {
      await rm(partial, { force: true }).catch(() => undefined);
      throw new PhotoStorageError(`Could not write the photo to ${this.root}`, { cause: err });
    }
  }

  async get(key: string): Promise<StoredPhoto | null> {
    const path = this.pathOf(key);
    try {
      const info = await stat(path);
      return { body: createReadStream(path), bytes: info.size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new PhotoStorageError(`Could not read the photo from ${this.root}`, { cause: err });
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertPhotoKey(key);
    return join(this.root, key);
  }
}
