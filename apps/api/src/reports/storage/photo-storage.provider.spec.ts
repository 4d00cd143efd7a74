import { loadConfig } from '@app/config';
import { LocalPhotoStorage } from './local-photo-storage.js';
import { photoStorageFor } from './photo-storage.provider.js';
import { S3PhotoStorage } from './s3-photo-storage.js';

describe('photo storage configuration', () => {
  it('keeps photos in .data/photos unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.photoStorage).toEqual({ kind: 'local', path: '.data/photos' });
    expect(photoStorageFor(config)).toBeInstanceOf(LocalPhotoStorage);
    expect(loadConfig({ PHOTO_STORAGE_PATH: '/srv/photos' }).photoStorage).toEqual({ kind: 'local', path: '/srv/photos' });
  });

  it('uses an S3-compatible bucket with PHOTO_STORAGE=s3, defaulting to AWS in the region', () => {
    const env = { PHOTO_STORAGE: 's3', S3_BUCKET: 'qinao-photos', S3_ACCESS_KEY_ID: 'AKIA1', S3_SECRET_ACCESS_KEY: 'secret', S3_REGION: 'ap-east-1' };
    const aws = loadConfig(env);
    expect(aws.photoStorage).toEqual({
      kind: 's3',
      endpoint: 'https://s3.ap-east-1.amazonaws.com',
      bucket: 'qinao-photos',
      region: 'ap-east-1',
      accessKeyId: 'AKIA1',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
    expect(photoStorageFor(aws)).toBeInstanceOf(S3PhotoStorage);
    const minio = loadConfig({ ...env, S3_ENDPOINT: 'http://minio:9000/', S3_FORCE_PATH_STYLE: 'true' });
    expect(minio.photoStorage).toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true });
  });

  it('names every missing or wrong S3 setting', () => {
    expect(() => loadConfig({ PHOTO_STORAGE: 's3' })).toThrow(/S3_BUCKET: required when PHOTO_STORAGE is s3[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ PHOTO_STORAGE: 'disk' })).toThrow(/PHOTO_STORAGE: expected local or s3/);
    expect(() => loadConfig({ S3_ENDPOINT: 'ftp://x' })).toThrow(/S3_ENDPOINT: expected a URL/);
    expect(() => loadConfig({ S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET: expected an S3 bucket name/);
  });
});
