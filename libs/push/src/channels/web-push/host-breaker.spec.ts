import { HostBreaker } from './host-breaker.js';

describe('HostBreaker', () => {
  let now = 0;
  const breaker = () => new HostBreaker({ threshold: 3, firstPauseMs: 2_000, maxPauseMs: 8_000, trialRequests: 2, now: () => now });
  const fail = (b: HostBreaker, host: string, times: number) => {
    for (let i = 0; i < times; i++) {
      expect(b.admit(host)).toBe(0);
      b.record(host, 'failed');
    }
  };

  beforeEach(() => {
    now = 1_000_000;
  });

  it('pauses a host after the threshold of failures in a row, and that host only', () => {
    const b = breaker();
    fail(b, 'a', 2);
    expect(b.remainingMs('a')).toBe(0);
    fail(b, 'a', 1);
    expect(b.remainingMs('a')).toBe(2_000);
    expect(b.admit('a')).toBe(2_000);
    expect(b.remainingMs('b')).toBe(0);
    expect(b.pausedHosts()).toEqual(['a']);
    now += 500;
    expect(b.remainingMs('a')).toBe(1_500);
  });

  it('an answer in between starts the count again; an unknown result neither counts nor resets', () => {
    const b = breaker();
    fail(b, 'a', 2);
    b.admit('a');
    b.record('a', 'answered');
    fail(b, 'a', 2);
    b.admit('a');
    b.record('a', 'unknown');
    expect(b.remainingMs('a')).toBe(0);
    fail(b, 'a', 1);
    expect(b.remainingMs('a')).toBe(2_000);
  });

  it('after the pause lets a few trial requests go; a failed trial doubles the pause up to the maximum, an answer closes it', () => {
    const b = breaker();
    fail(b, 'a', 3);
    now += 2_000;
    expect(b.admit('a')).toBe(0);
    expect(b.admit('a')).toBe(0);
    // Both trial places are out: others wait a short while, without a request.
    expect(b.admit('a')).toBe(2_000);
    b.record('a', 'failed');
    expect(b.remainingMs('a')).toBe(4_000);
    // The other trial failing while paused again does not extend the pause.
    b.record('a', 'failed');
    expect(b.remainingMs('a')).toBe(4_000);
    now += 4_000;
    fail(b, 'a', 1);
    expect(b.remainingMs('a')).toBe(8_000);
    now += 8_000;
    fail(b, 'a', 1);
    expect(b.remainingMs('a')).toBe(8_000);
    now += 8_000;
    expect(b.admit('a')).toBe(0);
    b.record('a', 'answered');
    expect(b.remainingMs('a')).toBe(0);
    expect(b.pausedHosts()).toEqual([]);
    // Closed means from the start: the threshold again, then the first pause.
    fail(b, 'a', 3);
    expect(b.remainingMs('a')).toBe(2_000);
  });

  it('counts requests still in flight from before the pause against the trial places', () => {
    const b = breaker();
    expect(b.admit('a')).toBe(0);
    expect(b.admit('a')).toBe(0);
    fail(b, 'a', 3);
    now += 2_000;
    // Two requests of before the pause still hang: no trial goes until they end.
    expect(b.admit('a')).toBe(2_000);
    b.record('a', 'failed');
    expect(b.remainingMs('a')).toBe(4_000);
  });
});
