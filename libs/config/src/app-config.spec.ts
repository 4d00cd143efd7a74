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

  it('treats empty values as unset', () => {
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
  });
});
