import { MAX_TTL_SECONDS, isValidPushTopic, pushTopicFor, ttlSecondsUntil } from './push-message-headers.js';

describe('push message headers', () => {
  it('derives a valid Topic of at most 32 characters from any alert id', () => {
    expect(pushTopicFor('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toBe('3f2504e04f8911d39a0c0305e82c3301');
    for (const id of ['42', 'alert/with spaces/and/更多', 'x'.repeat(100)]) {
      const topic = pushTopicFor(id);
      expect(isValidPushTopic(topic), topic).toBe(true);
    }
    expect(pushTopicFor('a b')).not.toBe(pushTopicFor('a c'));
  });

  it('sets TTL from the expiry, capped, never negative', () => {
    const now = Date.parse('2026-09-01T00:00:00Z');
    expect(ttlSecondsUntil(new Date(now + 90_500), now)).toBe(90);
    expect(ttlSecondsUntil(new Date(now - 1000), now)).toBe(0);
    expect(ttlSecondsUntil(new Date(now + 365 * 24 * 3600_000), now)).toBe(MAX_TTL_SECONDS);
  });
});
