import type { Language, SignalLevelView } from '@app/contracts';

/**
 * The short text inside a level badge. Numbered signals (Macau's tropical cyclone 1, 3, 8SE, 9, 10) show their
 * number; colour levels show the colour's name in the reader's language, so the badge reads the same without colour.
 */
export function badgeText(level: Pick<SignalLevelView, 'code' | 'colour'>, language: Language): string {
  return /^\d/.test(level.code) ? level.code : level.colour.name[language];
}

/** Numbered and colour badges get different shapes, so "8" and "orange" never look like one scale. */
export function badgeShape(level: Pick<SignalLevelView, 'code'>): 'numbered' | 'colour' {
  return /^\d/.test(level.code) ? 'numbered' : 'colour';
}

/** Black or white text, whichever contrasts more with the badge colour (WCAG relative luminance). */
export function inkFor(hex: string): '#000000' | '#ffffff' {
  const rgb = parseHex(hex);
  if (!rgb) return '#000000';
  const luminance = relativeLuminance(rgb);
  const onWhite = 1.05 / (luminance + 0.05);
  const onBlack = (luminance + 0.05) / 0.05;
  return onBlack >= onWhite ? '#000000' : '#ffffff';
}

/** A colour the page can safely put in a style; anything else falls back to neutral grey. */
export function safeHex(hex: string): string {
  return parseHex(hex) ? hex : '#8a94a3';
}

function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
