import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { HazardReport } from '@app/contracts';
import { samplePhoto } from '@app/domain';
import { createTestDatabase, deleteRedisKeys, startFakeS3Server, TEST_REDIS_URL, type FakeS3Server, type TestDatabase } from '@app/testing';
import type { TestStaff } from '../../auth/testing/staff-fixtures.js';
import { reportBody, reportCounts, sendReport, staff, startReportsApp } from '../testing/hazard-report-test-app.js';
import { PhotoStorage, PhotoStorageError } from './photo-storage.js';
import { S3PhotoStorage } from './s3-photo-storage.js';

const CREDENTIALS = { accessKeyId: 'QINAOTESTKEY', secretAccessKey: 'qinao-test-secret-key-0123456789', region: 'ap-east-1', bucket: 'hazard-photos' };

describe('photos in an S3-compatible store (local fake S3 that checks SigV4)', () => {
  let s3: FakeS3Server;
  const storage = (overrides: Partial<ConstructorParameters<typeof S3PhotoStorage>[0]> = {}) =>
    new S3PhotoStorage({ endpoint: s3.url, forcePathStyle: true, ...CREDENTIALS, timeoutMs: 5_000, ...overrides });

  beforeAll(async () => {
    s3 = await startFakeS3Server(CREDENTIALS);
  });
  afterAll(async () => {
    await s3?.stop();
  });

  it('puts, gets and deletes objects with signed requests', async () => {
    const store = storage();
    const body = samplePhoto('png', 20, 10);
    await store.put('reports/r1/p1.png', body, 'image/png');
    expect(s3.objects.get('reports/r1/p1.png')).toEqual({ body, contentType: 'image/png' });
    const stored = await store.get('reports/r1/p1.png');
    expect(stored?.bytes).toBe(body.length);
    expect(Buffer.compare(await buffer(stored!.body), body)).toBe(0);
    expect(await store.get('reports/r1/missing.png')).toBeNull();
    await store.delete('reports/r1/p1.png');
    await store.delete('reports/r1/p1.png');
    expect(s3.objects.has('reports/r1/p1.png')).toBe(false);
    expect(s3.requests.filter((r) => r.error !== null && r.error !== 'NoSuchKey')).toEqual([]);
  });

  it('is refused by the store when the signature is wrong, and says so', async () => {
    const wrong = storage({ secretAccessKey: 'not-the-secret' });
    await expect(wrong.put('reports/r2/p.jpg', samplePhoto('jpeg'), 'image/jpeg')).rejects.toThrow(/HTTP 403 SignatureDoesNotMatch/);
    const skewed = storage({ now: () => new Date(Date.now() - 3600_000) });
    await expect(skewed.put('reports/r2/p.jpg', samplePhoto('jpeg'), 'image/jpeg')).rejects.toThrow(/RequestTimeTooSkewed/);
    expect(s3.objects.has('reports/r2/p.jpg')).toBe(false);
  });

  it('refuses keys the server did not make', async () => {
    await expect(storage().put('../etc/passwd', Buffer.from('x'), 'image/jpeg')).rejects.toBeInstanceOf(PhotoStorageError);
  });

  describe('behind POST /api/reports', () => {
    const prefix = `t_reports_s3_${randomBytes(4).toString('hex')}`;
    let db: TestDatabase;
    let app: INestApplication;
    let sql: DataSource;
    let inspector: TestStaff;

    beforeAll(async () => {
      db = await createTestDatabase();
      ({ app, sql } = await startReportsApp(db.url, prefix, {
        PHOTO_STORAGE: 's3',
        S3_ENDPOINT: s3.url,
        S3_BUCKET: CREDENTIALS.bucket,
        S3_REGION: CREDENTIALS.region,
        S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        S3_FORCE_PATH_STYLE: 'true',
      }));
      inspector = await staff(app, 'insp.s3', 'inspector');
      s3.objects.clear();
    });
    afterAll(async () => {
      await app?.close();
      await db?.drop();
      await deleteRedisKeys(prefix, TEST_REDIS_URL);
      for (const key of ['PHOTO_STORAGE', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']) delete process.env[key];
    });

    it('stores the photos as objects and serves them back', async () => {
      expect(app.get(PhotoStorage).kind).toBe('s3');
      const photo = samplePhoto('webp', 1200, 900);
      const report = (await sendReport(app, inspector, reportBody(), [{ body: photo, contentType: 'image/webp' }]).expect(201)).body as HazardReport;
      expect(s3.keys()).toEqual([`reports/${report.id}/${report.photos[0].id}.webp`]);
      expect(s3.objects.get(s3.keys()[0])).toMatchObject({ contentType: 'image/webp' });
      const res = await request(app.getHttpServer()).get(report.photos[0].url).set('Authorization', `Bearer ${inspector.token}`).buffer(true).expect(200);
      expect(res.headers['content-type']).toBe('image/webp');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(res.body as Buffer, photo)).toBe(0);
    });

    it('leaves one object per photo when the same report arrives several times at once', async () => {
      const body = reportBody();
      const photos = [{ body: samplePhoto('jpeg', 800, 600, 30_000) }, { body: samplePhoto('jpeg', 600, 800, 30_000) }];
      const before = s3.keys();
      const answers = await Promise.all(Array.from({ length: 4 }, () => sendReport(app, inspector, body, photos)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
      const created = answers.find((a) => a.status === 201)!.body as HazardReport;
      expect(s3.keys().filter((k) => !before.includes(k))).toEqual(created.photos.map((p) => `reports/${created.id}/${p.id}.jpg`).sort());
    });

    it('stores nothing when the store fails part-way: 503, no row, the photos already written removed', async () => {
      const before = { counts: await reportCounts(sql), keys: s3.keys() };
      // Four photos are written at once; one of them is refused.
      s3.failNext('PUT', 503);
      const photos = Array.from({ length: 4 }, (_, i) => ({ body: samplePhoto('jpeg', 100 + i, 100) }));
      const res = await sendReport(app, inspector, reportBody(), photos).expect(503);
      expect(res.body).toMatchObject({ code: 'photo_storage_unavailable', message: expect.stringMatching(/nothing was saved/) });
      expect(await reportCounts(sql)).toEqual(before.counts);
      expect(s3.keys()).toEqual(before.keys);
    });
  });
});
