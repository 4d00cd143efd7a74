import type { SignalCatalogue, SignalHazardDefinition, SignalLevelDefinition } from './catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from './catalogue/signal-catalogue.data.js';

export type LevelCodeMatch =
  | { kind: 'none' }
  | { kind: 'level'; code: string }
  | { kind: 'unknown'; token: string }
  | { kind: 'ambiguous'; token: string; candidates: string[] };

/** Upper-cases and removes spaces, punctuation and symbols: ` 8se `, `8-SE` and `8 S.E.` all become `8SE`. */
export function normaliseCodeToken(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toUpperCase();
}

/**
 * Matches a feed's spelling of a level (`8SE`, `TC8SE`, ` 8se `, `BLACK`, `B`, `Black`, `黑色`, `NIL`) to the
 * hazard's catalogue code. A spelling that fits two levels (`B` where both blue and black exist) is ambiguous and
 * is reported, never guessed.
 */
export function matchLevelCode(
  hazard: SignalHazardDefinition,
  raw: string,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): LevelCodeMatch {
  const token = normaliseCodeToken(raw);
  const noneCodes = new Set(catalogue.noneCodes.map(normaliseCodeToken));
  if (token === '' || noneCodes.has(token)) return { kind: 'none' };

  const exact = levelsSpelled(hazard, token, catalogue);
  const matches = exact.length > 0 ? exact : strippedCandidates(hazard, token).flatMap((t) => levelsSpelled(hazard, t, catalogue));
  const codes = [...new Set(matches.map((level) => level.code))];
  if (codes.length === 1) return { kind: 'level', code: codes[0]! };
  if (codes.length > 1) return { kind: 'ambiguous', token, candidates: codes };
  if (strippedCandidates(hazard, token).some((candidate) => noneCodes.has(candidate))) return { kind: 'none' };
  // A single-level warning has nothing to tell apart: any in-force code means that level.
  if (hazard.levels.length === 1) return { kind: 'level', code: hazard.levels[0]!.code };
  return { kind: 'unknown', token };
}

function levelsSpelled(hazard: SignalHazardDefinition, token: string, catalogue: SignalCatalogue): SignalLevelDefinition[] {
  return hazard.levels.filter((level) => spellingsOf(level, catalogue).includes(token));
}

function spellingsOf(level: SignalLevelDefinition, catalogue: SignalCatalogue): string[] {
  const colourAliases = catalogue.colours[level.colour]?.aliases ?? [];
  return [level.code, ...(level.aliases ?? []), ...colourAliases].map(normaliseCodeToken);
}

/** The token with one of the hazard's prefixes removed from its start or end (`TC8SE` → `8SE`, `WRAINB` → `B`). */
function strippedCandidates(hazard: SignalHazardDefinition, token: string): string[] {
  const candidates: string[] = [];
  for (const affix of (hazard.codePrefixes ?? []).map(normaliseCodeToken)) {
    if (affix === '' || token.length <= affix.length) continue;
    if (token.startsWith(affix)) candidates.push(token.slice(affix.length));
    if (token.endsWith(affix)) candidates.push(token.slice(0, token.length - affix.length));
  }
  return candidates;
}
