import { describe, expect, it } from 'vitest';
import { BOARD_CACHE_KEY, loadBoard, saveBoard } from './board-cache.js';
import { board, entry, level } from './board.test-data.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('board kept on the device', () => {
  it('keeps the last board with when it was saved', () => {
    const storage = memoryStorage();
    const kept = board([entry({ authority: 'smg', hazard: 'tropical-cyclone', level: level('8SE', 3) })]);
    saveBoard(storage, kept, new Date('2024-09-05T14:06:00Z'));
    expect(loadBoard(storage)).toEqual({ board: kept, savedAt: '2024-09-05T14:06:00.000Z' });
  });

  it('ignores damaged or foreign copies instead of failing', () => {
    const storage = memoryStorage();
    expect(loadBoard(storage)).toBeUndefined();
    for (const raw of ['{', 'null', '{"savedAt":"x","board":{"entries":"no"}}', '{"board":{"generatedAt":"x","entries":[{}]},"savedAt":"x"}']) {
      storage.data.set(BOARD_CACHE_KEY, raw);
      expect(loadBoard(storage)).toBeUndefined();
    }
  });

  it('survives storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => saveBoard(refusing, board([]), new Date())).not.toThrow();
    expect(loadBoard(refusing)).toBeUndefined();
  });
});
