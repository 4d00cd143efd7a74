import { createServer, type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { httpLoggerOptions } from './http-logger.options.js';

/** Collects what the logger writes, one parsed JSON object per line. */
function captureStream() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join('');
  const lines = () => text().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);
  return { stream, text, lines };
}

const SECRETS = {
  bearer: 'eyJhbGciOiJIUzI1NiJ9.secret-access-token',
  cookie: 'session-cookie-value-123',
  password: 'correct-horse-battery-staple',
  refreshToken: 'refresh-token-value-456',
  accessToken: 'access-token-value-789',
  token: 'query-token-value-000',
  endpoint: 'https://fcm.googleapis.com/fcm/send/device-abc',
  p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
  auth: 'tBHItJI5svbpez7KI4CCXg',
};

function appWithLogger() {
  const output = captureStream();
  const logger = pinoHttp(httpLoggerOptions({ service: 'api', level: 'info' }), output.stream);
  const server = createServer((req: IncomingMessage & { log?: any }, res) => {
    logger(req, res);
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      // What a careless handler might log: the whole parsed body and an error carrying the subscription.
      req.log.info({ body: JSON.parse(body || '{}') }, 'handling request');
      const err = Object.assign(new Error('push failed'), { subscription: { endpoint: SECRETS.endpoint, keys: { p256dh: SECRETS.p256dh } } });
      req.log.warn({ err }, 'push delivery failed');
      res.setHeader('set-cookie', `sid=${SECRETS.cookie}`);
      res.end('ok');
    });
  });
  return { server, output };
}

describe('request logging', () => {
  it('writes JSON lines without passwords, tokens, cookies or push subscription data', async () => {
    const { server, output } = appWithLogger();
    await request(server)
      .post(`/api/auth/login?token=${SECRETS.token}&lang=pt`)
      .set('Authorization', `Bearer ${SECRETS.bearer}`)
      .set('Cookie', `sid=${SECRETS.cookie}`)
      .send({
        username: 'commander',
        password: SECRETS.password,
        refreshToken: SECRETS.refreshToken,
        nested: { accessToken: SECRETS.accessToken },
        subscription: { endpoint: SECRETS.endpoint, keys: { p256dh: SECRETS.p256dh, auth: SECRETS.auth } },
      })
      .expect(200);

    const lines = output.lines();
    expect(lines.map((line) => line.msg)).toEqual(['handling request', 'push delivery failed', 'request completed']);
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(output.text(), `${name} leaked into the log`).not.toContain(value);
    }
    // What is not secret is still there to debug with.
    const [handling, , completed] = lines;
    expect(handling.body.username).toBe('commander');
    expect(completed).toMatchObject({ service: 'api', level: 30, res: { statusCode: 200 } });
    expect(completed.req.url).toBe('/api/auth/login?token=[REDACTED]&lang=pt');
    expect(completed.req.headers.authorization).toBe('[REDACTED]');
  });

  it('puts the request id on every line and echoes it to the caller', async () => {
    const { server, output } = appWithLogger();
    const res = await request(server).post('/x').set('X-Request-Id', 'trace-1234').send({}).expect(200);
    expect(res.headers['x-request-id']).toBe('trace-1234');
    const lines = output.lines();
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line.req?.id ?? line.reqId).toBe('trace-1234');
  });

  it('logs server errors at error level and client errors at warn', async () => {
    const output = captureStream();
    const logger = pinoHttp(httpLoggerOptions({ service: 'worker', level: 'info' }), output.stream);
    const server = createServer((req, res) => {
      logger(req, res);
      res.statusCode = req.url === '/boom' ? 500 : 404;
      res.end();
    });
    await request(server).get('/boom').expect(500);
    await request(server).get('/missing').expect(404);
    expect(output.lines().map((line) => [line.req.url, line.level])).toEqual([
      ['/boom', 50],
      ['/missing', 40],
    ]);
  });

  it('does not log health and metrics probes', async () => {
    const output = captureStream();
    const logger = pinoHttp(httpLoggerOptions({ service: 'api', level: 'info' }), output.stream);
    const server = createServer((req, res) => {
      logger(req, res);
      res.end();
    });
    await request(server).get('/health').expect(200);
    await request(server).get('/metrics?x=1').expect(200);
    await request(server).get('/api/areas').expect(200);
    expect(output.lines().map((line) => line.req.url)).toEqual(['/api/areas']);
  });
});
