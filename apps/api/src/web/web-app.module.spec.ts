import { Controller, Get, Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { AppConfig, loadConfig } from '@app/config';
import { WebAppModule } from './web-app.module.js';

@Controller()
class ProbeController {
  @Get('api/ping')
  ping() {
    return { pong: true };
  }

  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

async function boot(webDistDir: string): Promise<INestApplication> {
  @Global()
  @Module({ providers: [{ provide: AppConfig, useValue: loadConfig({ WEB_DIST_DIR: webDistDir }) }], exports: [AppConfig] })
  class TestConfigModule {}

  const moduleRef = await Test.createTestingModule({ imports: [TestConfigModule, WebAppModule], controllers: [ProbeController] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  await app.init();
  return app;
}

describe('WebAppModule', () => {
  let root: string;
  let dir: string;
  let app: INestApplication;
  const INDEX = '<!doctype html><title>index</title><div id="root"></div>';

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qinao-web-'));
    dir = path.join(root, 'dist');
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'assets', 'index-3f9aC1_x.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path.join(dir, '.env'), 'SECRET=1');
    await writeFile(path.join(root, 'qinao-web-outside.txt'), 'OUTSIDE-CONTENT');
    app = await boot(dir);
  });

  afterAll(async () => {
    await app?.close();
    await rm(root, { recursive: true, force: true });
  });

  it.each(['/', '/login', '/command', '/command/alerts/42', '/field', '/field/', '/alerts', '/liaison/board'])(
    'answers the client route %s with index.html, never cached without revalidation',
    async (route) => {
      const res = await request(app.getHttpServer()).get(route).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(INDEX);
    },
  );

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await request(app.getHttpServer()).get('/assets/index-3f9aC1_x.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.etag).toBeDefined();
    await request(app.getHttpServer()).head('/assets/index-3f9aC1_x.js').expect(200);
  });

  it('serves other files with revalidation', async () => {
    const res = await request(app.getHttpServer()).get('/favicon.svg').expect(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('leaves api, health, metrics and socket.io paths to the api', async () => {
    await request(app.getHttpServer()).get('/api/ping').expect(200, { pong: true });
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok' });
    for (const route of ['/api/nothing-here', '/api', '/metrics', '/socket.io/?EIO=4&transport=polling', '/health/deep']) {
      const res = await request(app.getHttpServer()).get(route);
      expect({ route, status: res.status }).toEqual({ route, status: 404 });
      expect(res.text).not.toContain('<div id="root">');
    }
  });

  it('does not fall back to index.html for unknown paths or other methods', async () => {
    await request(app.getHttpServer()).get('/commander').expect(404);
    await request(app.getHttpServer()).get('/assets/missing-abc.js').expect(404);
    await request(app.getHttpServer()).post('/command').send({}).expect(404);
  });

  it('never serves dotfiles or anything outside the build folder', async () => {
    for (const route of ['/.env', '/assets/..%2f.env', '/%2e%2e/qinao-web-outside.txt', '/assets/..%2f..%2fqinao-web-outside.txt', '/..%5c.env']) {
      const res = await request(app.getHttpServer()).get(route);
      expect({ route, status: res.status }).toEqual({ route, status: 404 });
      expect(res.text).not.toContain('SECRET');
      expect(res.text).not.toContain('OUTSIDE-CONTENT');
    }
  });

  describe('without a build', () => {
    let bare: INestApplication;
    beforeAll(async () => {
      bare = await boot(path.join(dir, 'not-built'));
    });
    afterAll(async () => bare?.close());

    it('explains on the app routes that the web app must be built', async () => {
      const res = await request(bare.getHttpServer()).get('/command').expect(503);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('npm run build');
    });

    it('keeps the api working', async () => {
      await request(bare.getHttpServer()).get('/api/ping').expect(200, { pong: true });
      await request(bare.getHttpServer()).get('/api/nothing-here').expect(404);
    });
  });
});
