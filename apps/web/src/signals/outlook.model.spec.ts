import { describe, expect, it } from 'vitest';
import { outlookUpdateFrom, probabilityStep } from './outlook.model.js';

describe('probability table', () => {
  it('orders probabilities from low to will-be-issued', () => {
    expect(probabilityStep('low')).toBe(1);
    expect(probabilityStep('relatively-high')).toBe(3);
    expect(probabilityStep('will-be-issued')).toBe(5);
  });

  it('builds the update from filled rows, for SMG tropical cyclone signals unless the table says otherwise', () => {
    const result = outlookUpdateFrom(
      {
        rows: [
          { level: ' 8 ', probability: 'medium', window: 'between 14:00 and 17:00' },
          { level: '9', probability: 'low', window: '' },
          { level: '', probability: '', window: '' },
        ],
        publishedAt: '2024-09-05T02:00:00.000Z',
      },
      null,
    );
    expect(result).toEqual({
      update: {
        authority: 'smg',
        hazard: 'tropical-cyclone',
        rows: [
          { level: '8', probability: 'medium', window: 'between 14:00 and 17:00' },
          { level: '9', probability: 'low', window: null },
        ],
        publishedAt: '2024-09-05T02:00:00.000Z',
      },
    });
  });

  it('says what is wrong', () => {
    const publishedAt = '2024-09-05T02:00:00.000Z';
    expect(outlookUpdateFrom({ rows: [{ level: '', probability: '', window: '' }], publishedAt }, null)).toEqual({ problem: 'noRows' });
    expect(outlookUpdateFrom({ rows: [{ level: '8', probability: '', window: '' }], publishedAt }, null)).toEqual({ problem: 'rowIncomplete' });
    expect(
      outlookUpdateFrom(
        {
          rows: [
            { level: '8', probability: 'low', window: '' },
            { level: '8', probability: 'high', window: '' },
          ],
          publishedAt,
        },
        null,
      ),
    ).toEqual({ problem: 'duplicateLevel' });
    expect(outlookUpdateFrom({ rows: [{ level: '8', probability: 'low', window: '' }], publishedAt: undefined }, null)).toEqual({ problem: 'publishedAtMissing' });
  });
});
