import { loadConfig } from '@app/config';
import { AccessTokenService } from './access-token.service.js';

const user = { id: '0b6c7c1e-8a0a-4a57-9a53-6f1f3e6f9d10', username: 'op1', role: 'operator' as const, displayName: 'Operator One' };

describe('AccessTokenService', () => {
  const service = new AccessTokenService(loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '60' }));

  it('round-trips the caller', async () => {
    expect(await service.verify(await service.sign(user))).toEqual(user);
  });

  it('carries the account\'s token version and expiry; tokens without a version count as version 0', async () => {
    const verified = await service.verifyClaims(await service.sign(user, 7));
    expect(verified).toMatchObject({ user, tokenVersion: 7 });
    expect(Math.abs(verified.expiresAt - (Date.now() + 60_000))).toBeLessThan(2_000);
    expect((await service.verifyClaims(await service.sign(user))).tokenVersion).toBe(0);
  });

  it('refuses alg none', async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const forged = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: user.id, role: 'admin', username: 'x', iss: 'qinao-alert', aud: 'qinao-alert-api', exp: 9999999999 })}.`;
    await expect(service.verify(forged)).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('refuses a token signed with another key', async () => {
    const other = new AccessTokenService(loadConfig({ JWT_SECRET: 'x'.repeat(40) }));
    await expect(service.verify(await other.sign(user))).rejects.toMatchObject({ code: 'invalid_token' });
  });
});
