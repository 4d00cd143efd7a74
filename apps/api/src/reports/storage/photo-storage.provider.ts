import type { Provider } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { LocalPhotoStorage } from './local-photo-storage.js';
import { PhotoStorage } from './photo-storage.js';
import { S3PhotoStorage } from './s3-photo-storage.js';

/** The one place that decides where photos go (`PHOTO_STORAGE`). */
export function photoStorageFor(config: AppConfig): PhotoStorage {
  const settings = config.photoStorage;
  return settings.kind === 'local' ? new LocalPhotoStorage(settings.path) : new S3PhotoStorage(settings);
}

export const PHOTO_STORAGE_PROVIDER: Provider = { provide: PhotoStorage, useFactory: photoStorageFor, inject: [AppConfig] };
