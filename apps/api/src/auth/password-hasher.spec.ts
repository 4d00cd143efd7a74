import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores the scrypt parameters with a random salt, and verifies only the right password', async () => {
    const first = await hasher.hash('correct horse battery staple');
    const second = await hasher.hash('correct horse battery staple');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(await hasher.verify('correct horse battery staple', first)).toBe(true);
    expect(await hasher.verify('correct horse battery stapl', first)).toBe(false);
    expect(await hasher.verify('', first)).toBe(false);
  });

  it('verifies hashes made with other parameters, and says they need re-hashing', async () => {
    const cheap = new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 });
    const old = await cheap.hash('another password 123');
    expect(old.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await hasher.verify('another password 123', old)).toBe(true);
    expect(hasher.needsRehash(old)).toBe(true);
    expect(hasher.needsRehash(await hasher.hash('x'))).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hasher.hash('caf\u00e9 password');
    expect(await hasher.verify('cafe\u0301 password', stored)).toBe(true);
  });

  it('refuses malformed or oversized stored hashes without hashing', async () => {
    for (const bad of ['', 'plain', 'scrypt$32768$8$1$abc', 'bcrypt$1$2$3$aaaa$bbbb', 'scrypt$1000$8$1$aaaa$bbbb', `scrypt$${2 ** 30}$8$1$aaaa$bbbb`, 'scrypt$1024$0$1$aaaa$bbbb']) {
      expect(await hasher.verify('whatever', bad), bad).toBe(false);
      expect(hasher.needsRehash(bad)).toBe(true);
    }
  });

  it('spends one full hash when there is no account to check against', async () => {
    const verify = vi.spyOn(hasher, 'verify');
    await expect(hasher.verifyAgainstNothing('guess')).resolves.toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
    const [password, encoded] = verify.mock.calls[0];
    expect(password).toBe('guess');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$1\$/);
    verify.mockRestore();
  });
});
