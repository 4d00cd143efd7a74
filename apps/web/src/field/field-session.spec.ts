import { describe, expect, it } from 'vitest';
import { storedSessionFor, tokenExpiry } from './field-session.js';

const b64url = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('the token kept for the service worker', () => {
  it('reads the expiry from the JWT', () => {
    const token = `${b64url({ alg: 'HS256' })}.${b64url({ sub: 'u1', exp: 1_790_000_000 })}.sig`;
    expect(tokenExpiry(token)).toBe(1_790_000_000_000);
    expect(storedSessionFor(token, { id: 'u1', displayName: 'Inspector Lam' }, 0)).toEqual({
      accessToken: token,
      expiresAt: 1_790_000_000_000,
      userId: 'u1',
      displayName: 'Inspector Lam',
    });
  });

  it('trusts an unreadable token only for a few minutes', () => {
    expect(tokenExpiry('opaque')).toBeUndefined();
    expect(storedSessionFor('opaque', { id: 'u1', displayName: 'x' }, 1000).expiresAt).toBe(1000 + 5 * 60_000);
  });
});
