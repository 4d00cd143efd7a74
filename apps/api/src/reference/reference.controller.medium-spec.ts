import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { LANGUAGES, PLACE_KINDS, type AreaFeatureCollection, type PlaceList } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { HENGQIN_AREAS, HENGQIN_PLACES } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { ReferenceDataSeeder } from './reference-data.seeder.js';
import { ReferenceModule } from './reference.module.js';

describe('reference endpoints', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    // The auth module's global guards deny by default, so these tests also prove the routes are public.
    app = await createApiTestApp({ databaseUrl: db.url, imports: [ConfigModule, DatabaseModule, AuthModule, ReferenceModule] });
    await app.get(ReferenceDataSeeder).run();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('GET /api/areas', () => {
    it('answers without a token with every area as a GeoJSON FeatureCollection', async () => {
      const res = await http().get('/api/areas').expect(200);
      const body = res.body as AreaFeatureCollection;
      expect(body.type).toBe('FeatureCollection');
      expect(body.features.map((f) => f.id).sort()).toEqual(HENGQIN_AREAS.map((a) => a.id).sort());
      for (const feature of body.features) {
        expect(feature.type).toBe('Feature');
        expect(feature.geometry.type).toBe('Polygon');
        expect(feature.properties.id).toBe(feature.id);
        expect(Object.keys(feature.properties.names).sort()).toEqual([...LANGUAGES].sort());
        expect(feature.properties.centroid.lat).toBeGreaterThan(22.08);
        expect(feature.properties.centroid.lon).toBeGreaterThan(113.47);
      }
      const estate = body.features.find((f) => f.id === 'macau-new-neighbourhood');
      expect(estate?.properties).toMatchObject({ kind: 'estate', names: { pt: 'Novo Bairro de Macau' } });
    });

    it('lets clients cache for five minutes and revalidate with the ETag', async () => {
      const first = await http().get('/api/areas').expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      const etag = first.headers['etag'];
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await http().get('/api/areas').expect(200);
      expect(again.headers['etag']).toBe(etag);
      const revalidated = await http().get('/api/areas').set('If-None-Match', etag).expect(304);
      expect(revalidated.text).toBe('');
      await http().get('/api/areas').set('If-None-Match', '"something-else"').expect(200);
    });

    it('changes the ETag when the data changes', async () => {
      const before = (await http().get('/api/areas').expect(200)).headers['etag'];
      await app.get(DataSource).query(`UPDATE areas SET names = jsonb_set(names, '{en}', '"Renamed"') WHERE id = 'hetang'`);
      const res = await http().get('/api/areas').set('If-None-Match', before).expect(200);
      expect(res.headers['etag']).not.toBe(before);
      expect((res.body as AreaFeatureCollection).features.find((f) => f.id === 'hetang')?.properties.names.en).toBe('Renamed');
      await app.get(ReferenceDataSeeder).run(); // restore for the other tests
    });
  });

  describe('GET /api/places', () => {
    it('answers without a token with every place', async () => {
      const res = await http().get('/api/places').expect(200);
      const { places } = res.body as PlaceList;
      expect(places.map((p) => p.id).sort()).toEqual(HENGQIN_PLACES.map((p) => p.id).sort());
      expect(places.find((p) => p.id === 'hengqin-port')).toMatchObject({ kind: 'port', areaId: 'lianhua', capacity: null, names: { 'zh-Hans': '横琴口岸' } });
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.headers['etag']).toBeDefined();
    });

    it('filters by kind', async () => {
      const { places } = (await http().get('/api/places?kind=shelter').expect(200)).body as PlaceList;
      expect(places.length).toBe(HENGQIN_PLACES.filter((p) => p.kind === 'shelter').length);
      for (const place of places) {
        expect(place.kind).toBe('shelter');
        expect(place.capacity).toBeGreaterThan(0);
      }
      const bridges = (await http().get('/api/places?kind=bridge').expect(200)).body as PlaceList;
      expect(bridges.places.map((p) => p.id).sort()).toEqual(['lotus-bridge', 'um-connecting-bridge']);
    });

    it('rejects an unknown kind or an unknown parameter with a 400 that says what is wrong', async () => {
      const res = await http().get('/api/places?kind=volcano').expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
      expect(res.body.message).toContain(`kind must be one of: ${PLACE_KINDS.join(', ')}`);
      expect(res.headers['cache-control']).toBeUndefined();

      const unknown = await http().get('/api/places?colour=red').expect(400);
      expect(unknown.body.message).toContain('property colour should not exist');

      const repeated = await http().get('/api/places?kind=port&kind=bridge').expect(400);
      expect(repeated.body.code).toBe('validation_failed');
    });
  });
});
