import { REDACTED, isSecretField, redactSecrets, redactUrlSecrets } from './secret-redaction.js';

describe('redactSecrets', () => {
  it('replaces every secret field at any depth and keeps the rest', () => {
    const input = {
      username: 'commander',
      password: 'hunter2-secret',
      session: { refreshToken: 'rt-123', accessToken: 'at-456', nested: { deeper: { token: 'tk-789' } } },
      subscriptions: [{ endpoint: 'https://push.example/abc', keys: { p256dh: 'BPkey', auth: 'authsecret' }, lang: 'pt' }],
      headers: { Authorization: 'Bearer xyz', cookie: 'sid=1', 'Set-Cookie': 'sid=2', 'content-type': 'application/json' },
    };
    const output = redactSecrets(input);
    expect(output).toEqual({
      username: 'commander',
      password: REDACTED,
      session: { refreshToken: REDACTED, accessToken: REDACTED, nested: { deeper: { token: REDACTED } } },
      subscriptions: [{ endpoint: REDACTED, keys: REDACTED, lang: 'pt' }],
      headers: { Authorization: REDACTED, cookie: REDACTED, 'Set-Cookie': REDACTED, 'content-type': 'application/json' },
    });
    // The logged object itself is left as it was.
    expect(input.password).toBe('hunter2-secret');
  });

  it('matches spelling variants and suffixes', () => {
    for (const name of ['refresh_token', 'Access-Token', 'newPassword', 'idToken', 'jwtSecret', 'P256DH', 'x-api-key']) {
      expect(isSecretField(name), name).toBe(true);
    }
    for (const name of ['username', 'role', 'tokenCount', 'authority', 'language']) {
      expect(isSecretField(name), name).toBe(false);
    }
  });

  it('redacts secret query parameters inside strings', () => {
    expect(redactUrlSecrets('/api/x?token=abc&lang=pt&refresh_token=def')).toBe(`/api/x?token=${REDACTED}&lang=pt&refresh_token=${REDACTED}`);
    expect(redactSecrets({ url: '/reset?password=p%40ss' })).toEqual({ url: `/reset?password=${REDACTED}` });
    expect(redactUrlSecrets('no query here')).toBe('no query here');
  });

  it('survives cycles and very deep objects', () => {
    const cyclic: Record<string, unknown> = { name: 'a', password: 'x' };
    cyclic.self = cyclic;
    expect(redactSecrets(cyclic)).toEqual({ name: 'a', password: REDACTED, self: '[Circular]' });
    let deep: Record<string, unknown> = { password: 'bottom' };
    for (let i = 0; i < 50; i++) deep = { child: deep };
    expect(JSON.stringify(redactSecrets(deep))).not.toContain('bottom');
  });

  it('leaves non-plain values alone', () => {
    const when = new Date(0);
    const buffer = Buffer.from('x');
    const output = redactSecrets({ when, buffer, count: 3, missing: null });
    expect(output.when).toBe(when);
    expect(output.buffer).toBe(buffer);
    expect(output).toMatchObject({ count: 3, missing: null });
  });
});
