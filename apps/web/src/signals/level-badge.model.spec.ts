import { describe, expect, it } from 'vitest';
import { badgeShape, badgeText, inkFor, safeHex } from './level-badge.model.js';
import { level } from './board.test-data.js';

describe('level badge', () => {
  it('writes the number on numbered signals and the colour name, in the reader language, on colour levels', () => {
    expect(badgeText(level('8SE', 3), 'zh-Hant')).toBe('8SE');
    expect(badgeText(level('10', 5), 'pt')).toBe('10');
    const orange = level('orange', 4, '#F57C00', 'orange');
    expect(badgeText(orange, 'en')).toBe('orange');
    expect(badgeText(orange, 'zh-Hans')).toBe('简:orange');
  });

  it('gives numbered and colour scales different shapes', () => {
    expect(badgeShape(level('8SE', 3))).toBe('numbered');
    expect(badgeShape(level('yellow', 1))).toBe('colour');
  });

  it('picks the text colour with the higher contrast', () => {
    expect(inkFor('#FFFFFF')).toBe('#000000');
    expect(inkFor('#F5C400')).toBe('#000000');
    expect(inkFor('#1A1A1A')).toBe('#ffffff');
    expect(inkFor('#4A2390')).toBe('#ffffff');
    expect(inkFor('#D32F2F')).toBe('#ffffff');
  });

  it('only lets hex colours into a style', () => {
    expect(safeHex('#abc')).toBe('#abc');
    expect(safeHex('red; background:url(x)')).toBe('#8a94a3');
  });
});
