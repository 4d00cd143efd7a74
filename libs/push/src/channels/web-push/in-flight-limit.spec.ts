import { InFlightLimit } from './in-flight-limit.js';

describe('InFlightLimit', () => {
  it('lets `max` holders in at once and passes places on first come, first served', async () => {
    const limit = new InFlightLimit(2);
    expect(limit.acquire()).toBeUndefined();
    expect(limit.acquire()).toBeUndefined();
    const order: number[] = [];
    const waits = [1, 2, 3].map((n) => limit.acquire()!.then(() => order.push(n)));
    limit.release();
    await Promise.resolve();
    expect(order).toEqual([1]);
    limit.release();
    limit.release();
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3]);
    // Waiters 2 and 3 hold the two places; once they leave there is room again, for two.
    limit.release();
    limit.release();
    expect(limit.acquire()).toBeUndefined();
    expect(limit.acquire()).toBeUndefined();
    expect(limit.acquire()).toBeInstanceOf(Promise);
  });

  it('keeps working after many waiters have come and gone', async () => {
    const limit = new InFlightLimit(1);
    expect(limit.acquire()).toBeUndefined();
    let served = 0;
    const waits = Array.from({ length: 3_000 }, () => limit.acquire()!.then(() => (served += 1)));
    for (let i = 0; i < 3_000; i += 1) limit.release();
    await Promise.all(waits);
    expect(served).toBe(3_000);
    limit.release();
    expect(limit.acquire()).toBeUndefined();
  });

  it('refuses a limit below one', () => {
    expect(() => new InFlightLimit(0)).toThrow(RangeError);
  });
});
