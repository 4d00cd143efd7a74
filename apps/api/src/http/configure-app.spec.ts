import { Body, Controller, Get, Global, Module, Post, Req } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { AppConfig, loadConfig } from '@app/config';
import { ObservabilityModule } from '@app/observability';
import { Public } from '../auth/auth.decorators.js';
import { HealthController } from '../health/health.controller.js';
import { configureApp } from './configure-app.js';

class PlaceDto {
  @IsString()
  name: string;
}

class NoticeDto {
  @IsString()
  @Length(1, 50)
  title: string;

  @IsInt()
  @Min(1)
  level: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => PlaceDto)
  place?: PlaceDto;
}

@Public()
@Controller('api/test')
class NoticeTestController {
  @Post('notices')
  create(@Body() notice: NoticeDto): NoticeDto {
    return notice;
  }

  @Get('ip')
  ip(@Req() req: { ip?: string }): { ip?: string } {
    return { ip: req.ip };
  }

  @Get('boom')
  boom(): never {
    throw new Error('internal detail that must not reach the caller');
  }
}

const ALLOWED_ORIGIN = 'https://hq.qinao.example';
const FOREIGN_ORIGIN = 'https://evil.example';

async function bootApp(env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const config = loadConfig({ LOG_LEVEL: 'silent', CORS_ORIGINS: `${ALLOWED_ORIGIN},http://localhost:3000`, BODY_LIMIT: '2kb', ...env });

  @Global()
  @Module({ providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] })
  class TestConfigModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [TestConfigModule, ObservabilityModule.forRoot({ service: 'api', checks: [], routes: false })],
    controllers: [HealthController, NoticeTestController],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app, config);
  await app.init();
  return app;
}

describe('configureApp', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await bootApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('security headers', () => {
    it('sends a strict Content-Security-Policy for the web app and hides the framework', async () => {
      const res = await http().get('/health').expect(200);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self' ws: wss:");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toMatch(/script-src 'self';/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    });

    it('relaxes styles, and only styles, for the API documentation', async () => {
      const res = await http().get('/api/docs').expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toMatch(/script-src 'self';/);
    });
  });

  describe('OpenAPI', () => {
    it('serves the JSON description with bearer authentication', async () => {
      const res = await http().get('/api/docs-json').expect(200);
      expect(res.body.openapi).toMatch(/^3\./);
      expect(res.body.info.title).toBe('Qinao Alert API');
      expect(Object.keys(res.body.paths)).toContain('/api/test/notices');
      expect(res.body.paths['/health']).toBeUndefined();
      expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    });
  });

  describe('CORS', () => {
    it('answers an allowed origin, without credentials', async () => {
      const res = await http().get('/health').set('Origin', ALLOWED_ORIGIN).expect(200);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers['access-control-expose-headers']).toContain('X-Request-Id');
    });

    it('gives a foreign origin no CORS headers, also on preflight', async () => {
      const simple = await http().get('/health').set('Origin', FOREIGN_ORIGIN).expect(200);
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await http()
        .options('/api/test/notices')
        .set('Origin', FOREIGN_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    });

    it('answers an allowed preflight', async () => {
      const res = await http()
        .options('/api/test/notices')
        .set('Origin', ALLOWED_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type')
        .expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(res.headers['access-control-allow-methods']).toContain('POST');
      expect(res.headers['access-control-allow-headers']).toMatch(/Authorization/i);
    });
  });

  describe('request bodies', () => {
    it('accepts a valid body and converts its types', async () => {
      const res = await http().post('/api/test/notices').send({ title: 'Typhoon', level: 3, place: { name: 'Lotus Bridge' } }).expect(201);
      expect(res.body).toEqual({ title: 'Typhoon', level: 3, place: { name: 'Lotus Bridge' } });
    });

    it('rejects a body over the limit with 413 and the request id', async () => {
      const res = await http()
        .post('/api/test/notices')
        .set('X-Request-Id', 'oversize-1')
        .send({ title: 'x'.repeat(3000), level: 1 })
        .expect(413);
      expect(res.body).toEqual({
        statusCode: 413,
        code: 'payload_too_large',
        message: 'The request body is larger than the server accepts.',
        requestId: 'oversize-1',
      });
      expect(res.headers['x-request-id']).toBe('oversize-1');
    });

    it('applies the limit to form bodies too', async () => {
      await http().post('/api/test/notices').type('form').send(`title=${'x'.repeat(3000)}&level=1`).expect(413);
    });

    it('rejects malformed JSON with 400', async () => {
      const res = await http().post('/api/test/notices').set('Content-Type', 'application/json').send('{"title": "x",').expect(400);
      expect(res.body.statusCode).toBe(400);
      expect(res.body.code).toBe('malformed_json');
      expect(res.body.message).toBe('The request body is not valid JSON.');
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });

    it.each([
      ['__proto__ at the top', '{"title":"x","level":1,"__proto__":{"isAdmin":true}}', '__proto__'],
      ['__proto__ nested', '{"title":"x","level":1,"place":{"name":"a","__proto__":{"polluted":1}}}', '__proto__'],
      ['__proto__ inside an array', '{"title":"x","level":1,"tags":[{"__proto__":{"polluted":1}}]}', '__proto__'],
      ['constructor', '{"title":"x","level":1,"constructor":{"prototype":{"polluted":1}}}', 'constructor'],
    ])('rejects %s with 400', async (_what, body, key) => {
      const res = await http().post('/api/test/notices').set('Content-Type', 'application/json').send(body).expect(400);
      expect(res.body.code).toBe('forbidden_key');
      expect(res.body.message).toContain(`"${key}"`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('rejects bodies nested too deeply', async () => {
      const deep = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
      const res = await http().post('/api/test/notices').set('Content-Type', 'application/json').send(deep).expect(400);
      expect(res.body.code).toBe('body_too_deep');
    });

    it('names an unknown field', async () => {
      const res = await http().post('/api/test/notices').send({ title: 'x', level: 1, role: 'admin' }).expect(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.message).toContain('property role should not exist');
    });

    it('names a field of the wrong type, also when nested', async () => {
      const res = await http().post('/api/test/notices').send({ title: 'x', level: 'high', place: { name: 7 } }).expect(400);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.stringMatching(/^level /), expect.stringMatching(/^place\.name /)]));
    });
  });

  describe('errors and request ids', () => {
    it('hides the details of a server error but gives the request id', async () => {
      const res = await http().get('/api/test/boom').set('X-Request-Id', 'boom-1').expect(500);
      expect(res.body).toEqual({ statusCode: 500, code: 'internal_error', message: expect.any(String), requestId: 'boom-1' });
      expect(JSON.stringify(res.body)).not.toContain('internal detail');
    });

    it('replaces an unacceptable incoming request id', async () => {
      const res = await http().get('/nowhere').set('X-Request-Id', 'not acceptable!').expect(404);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });
  });

  describe('metrics', () => {
    it('times requests by method, route pattern and status', async () => {
      await http().post('/api/test/notices').send({ title: 'Flood', level: 2 }).expect(201);
      await http().get('/no/such/path/123').expect(404);
      const res = await http().get('/metrics').expect(200);
      expect(res.text).toMatch(/^http_request_duration_seconds_count\{service="api",method="POST",route="\/api\/test\/notices",status="201"\} [1-9]/m);
      expect(res.text).toMatch(/^http_request_duration_seconds_count\{service="api",method="GET",route="unmatched",status="404"\} [1-9]/m);
      expect(res.text).not.toContain('/no/such/path/123');
      expect(res.text).toContain('process_resident_memory_bytes');
    });
  });

  describe('client address', () => {
    it('ignores X-Forwarded-For unless a proxy is trusted', async () => {
      const res = await http().get('/api/test/ip').set('X-Forwarded-For', '203.0.113.7').expect(200);
      expect(res.body.ip).not.toBe('203.0.113.7');
    });

    it('takes the address from X-Forwarded-For behind a trusted proxy (TRUST_PROXY)', async () => {
      const proxied = await bootApp({ TRUST_PROXY: 'loopback' });
      try {
        const res = await request(proxied.getHttpServer()).get('/api/test/ip').set('X-Forwarded-For', '203.0.113.7').expect(200);
        expect(res.body.ip).toBe('203.0.113.7');
      } finally {
        await proxied.close();
      }
    });
  });
});
