import { loadConfigOrExit } from './load-config-or-exit.js';

describe('loadConfigOrExit', () => {
  const savedEnv = { ...process.env };

  afterEach(() => {
    process.env = { ...savedEnv };
    vi.restoreAllMocks();
  });

  it('prints what is wrong, without a stack trace, and exits with 1', () => {
    process.env.PORT = 'not-a-port';
    process.env.LOG_LEVEL = 'loud';
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
      throw new Error(`exit ${code}`);
    });

    expect(() => loadConfigOrExit()).toThrow('exit 1');
    const output = written.join('');
    expect(output).toContain('PORT: expected a port number');
    expect(output).toContain('LOG_LEVEL: expected fatal, error, warn, info, debug, trace or silent');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('runs the extra check, so a missing database is reported the same way', () => {
    delete process.env.DATABASE_URL;
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => loadConfigOrExit((config) => config.requireDatabaseUrl())).toThrow('exit 1');
    expect(written.join('')).toContain('DATABASE_URL: not set');
  });

  it('returns the configuration when the environment is valid', () => {
    process.env.PORT = '4100';
    expect(loadConfigOrExit().port).toBe(4100);
  });
});
