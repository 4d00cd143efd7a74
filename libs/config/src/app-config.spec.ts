import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.corsOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it('names every wrong variable and what it expects', () => {
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x', NODE_ENV: 'prod' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toContain('PORT: expected a port number');
      expect(message).toContain('REDIS_URL: expected a URL starting with redis:// or rediss://');
      expect(message).toContain('NODE_ENV: expected development, production or test');
    }
  });

  it('requires a real secret and database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required in production[\s\S]*DATABASE_URL: required in production/);
  });

  it('allows only the public origin in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), DATABASE_URL: 'postgres://db/x', PUBLIC_URL: 'https://alert.example.org' });
    expect(config.corsOrigins).toEqual(['https://alert.example.org']);
  });

  it('reads the signal feed settings, with the official SMG host by default', () => {
    expect(loadConfig({}).signals).toEqual({
      smgBaseUrl: 'https://xml.smg.gov.mo',
      pollIntervalMs: 60_000,
      fetchTimeoutMs: 10_000,
      capFeedUrl: undefined,
      maxDocumentBytes: 524_288,
    });
    const config = loadConfig({
      SMG_BASE_URL: 'http://127.0.0.1:8080/smg/',
      SIGNAL_POLL_INTERVAL_MS: '500',
      SIGNAL_FETCH_TIMEOUT_MS: '2000',
      CAP_FEED_URL: 'https://cap.example.cn/feed.atom',
      SIGNAL_MAX_DOCUMENT_BYTES: '65536',
    });
    expect(config.signals).toEqual({
      smgBaseUrl: 'http://127.0.0.1:8080/smg',
      pollIntervalMs: 500,
      fetchTimeoutMs: 2000,
      capFeedUrl: 'https://cap.example.cn/feed.atom',
      maxDocumentBytes: 65_536,
    });
    expect(() => loadConfig({ SMG_BASE_URL: 'ftp://smg', CAP_FEED_URL: 'file:///etc/passwd', SIGNAL_POLL_INTERVAL_MS: '0' })).toThrow(
      /SMG_BASE_URL: expected a URL starting with http:\/\/ or https:\/\/[\s\S]*SIGNAL_POLL_INTERVAL_MS: expected a number of milliseconds above 0[\s\S]*CAP_FEED_URL: expected a URL/,
    );
  });

  it('reads the push delivery settings, allowing only the real push services by default', () => {
    expect(loadConfig({}).push).toEqual({
      endpointAllowlist: ['fcm.googleapis.com', 'push.services.mozilla.com', 'web.push.apple.com', 'notify.windows.com'],
      vapidSubject: 'mailto:push-admin@qinao-alert.org',
      concurrency: 48,
      timeoutMs: 10_000,
      allowLoopback: false,
    });
    const config = loadConfig({
      PUSH_ENDPOINT_ALLOWLIST: 'push.example.org, .Other.Example.net',
      VAPID_SUBJECT: 'https://alert.example.org/contact',
      PUSH_CONCURRENCY: '64',
      PUSH_TIMEOUT_MS: '2500',
      PUSH_ALLOW_LOOPBACK: 'true',
    });
    expect(config.push).toEqual({
      endpointAllowlist: ['push.example.org', 'other.example.net'],
      vapidSubject: 'https://alert.example.org/contact',
      concurrency: 64,
      timeoutMs: 2500,
      allowLoopback: true,
    });
    expect(() => loadConfig({ VAPID_SUBJECT: 'ops@example.org', PUSH_CONCURRENCY: '0', PUSH_ENDPOINT_ALLOWLIST: 'http://x/' })).toThrow(
      /PUSH_ENDPOINT_ALLOWLIST\.0: expected host names[\s\S]*VAPID_SUBJECT: expected mailto:[\s\S]*PUSH_CONCURRENCY: expected a number of requests above 0/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), DATABASE_URL: 'postgres://db/x', PUSH_ALLOW_LOOPBACK: 'true' })).toThrow(
      /PUSH_ALLOW_LOOPBACK: not allowed in production/,
    );
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
  });
});
