import { assertJobId } from './job-options.js';
import { counterKey, rateLimitResult } from './rate-limit.store.js';

describe('rateLimitResult', () => {
  it('allows up to the limit and counts down what remains', () => {
    expect(rateLimitResult(1, 3, 59.2)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    expect(rateLimitResult(3, 3, 10)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
  });

  it('refuses past the limit with whole seconds to wait, at least one', () => {
    expect(rateLimitResult(4, 3, 41.2)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 42 });
    expect(rateLimitResult(9, 3, 0.01)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
  });
});

describe('counterKey', () => {
  it('maps any key, however long, to a short stable digest', () => {
    expect(counterKey('10.0.0.1|alice')).toBe(counterKey('10.0.0.1|alice'));
    expect(counterKey('10.0.0.1|alice')).not.toBe(counterKey('10.0.0.1|bob'));
    expect(counterKey('x'.repeat(10_000))).toHaveLength(32);
  });
});

describe('assertJobId', () => {
  it('refuses ids BullMQ would misread', () => {
    expect(() => assertJobId('notice:1')).toThrow(/must not contain ":"/);
    expect(() => assertJobId('')).toThrow();
    expect(() => assertJobId('notice-1')).not.toThrow();
  });
});
