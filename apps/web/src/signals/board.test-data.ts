import type { LocalizedText, SignalBoard, SignalBoardEntry, SignalLevelView } from '@app/contracts';

/** Builders for boards in tests: every language gets a distinct, recognisable text. */
export function text(en: string): LocalizedText {
  return { 'zh-Hans': `简:${en}`, 'zh-Hant': `繁:${en}`, pt: `pt:${en}`, en };
}

export function level(code: string, rank: number, hex = '#6A3FB5', colour = 'dark violet'): SignalLevelView {
  return { code, rank, colour: { hex, name: text(colour) }, icon: `icon-${code}`, name: text(`Level ${code}`), meaning: text(`Meaning of ${code}`) };
}

export function entry(overrides: Partial<SignalBoardEntry> & Pick<SignalBoardEntry, 'authority' | 'hazard'>): SignalBoardEntry {
  const authorityNames: Record<string, string> = { smg: 'SMG Macao', 'gd-zhuhai': 'Zhuhai Met' };
  return {
    area: overrides.authority === 'smg' ? 'macau' : 'zhuhai',
    authorityName: text(authorityNames[overrides.authority] ?? overrides.authority),
    areaName: text(overrides.authority === 'smg' ? 'Macao' : 'Zhuhai'),
    hazardName: text(`Hazard ${overrides.hazard}`),
    level: null,
    since: null,
    source: 'feed',
    freshness: 'fresh',
    lastCheckedAt: '2024-09-05T14:00:00.000Z',
    held: null,
    includedIn: null,
    ...overrides,
  };
}

export function board(entries: SignalBoardEntry[], generatedAt = '2024-09-05T14:05:00.000Z'): SignalBoard {
  return { generatedAt, entries };
}
