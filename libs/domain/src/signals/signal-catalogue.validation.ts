import { LANGUAGES, type LocalizedText } from '@app/contracts';
import type { SignalAuthorityDefinition, SignalCatalogue, SignalHazardDefinition } from './catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from './catalogue/signal-catalogue.data.js';
import { normaliseCodeToken } from './level-code.matcher.js';

/**
 * Checks the catalogue is consistent: unique ids and codes, ranks in order, colours and rule references that
 * exist, every text in every language. Returns one line per problem; an empty list means the catalogue is usable.
 */
export function validateSignalCatalogue(catalogue: SignalCatalogue = SIGNAL_CATALOGUE): string[] {
  const problems: string[] = [];
  for (const [id, colour] of Object.entries(catalogue.colours)) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(colour.hex)) problems.push(`colour ${id}: "${colour.hex}" is not a #RRGGBB colour`);
    problems.push(...textProblems(`colour ${id}`, colour.name));
  }
  problems.push(...duplicates('authority', catalogue.authorities.map((a) => a.id)));
  for (const authority of catalogue.authorities) problems.push(...authorityProblems(authority, catalogue));

  for (const rule of catalogue.oneAtATime) {
    if (!hazardOf(catalogue, rule.authority, rule.hazard)) {
      problems.push(`one-at-a-time rule: unknown hazard ${rule.authority}/${rule.hazard}`);
    }
  }
  for (const rule of catalogue.suppressionRules) {
    const hazard = hazardOf(catalogue, rule.authority, rule.hazard);
    if (!hazard) {
      problems.push(`suppression rule: unknown hazard ${rule.authority}/${rule.hazard}`);
      continue;
    }
    if (!hazard.levels.some((level) => level.code === rule.atOrAbove)) {
      problems.push(`suppression rule: ${rule.authority}/${rule.hazard} has no level ${rule.atOrAbove}`);
    }
    for (const suppressed of rule.suppresses) {
      if (!hazardOf(catalogue, rule.authority, suppressed)) {
        problems.push(`suppression rule: unknown hazard ${rule.authority}/${suppressed}`);
      }
    }
  }
  return problems;
}

function authorityProblems(authority: SignalAuthorityDefinition, catalogue: SignalCatalogue): string[] {
  const where = `authority ${authority.id}`;
  const problems = [...textProblems(where, authority.name), ...textProblems(where, authority.shortName)];
  problems.push(...duplicates(`${where} area`, authority.areas.map((area) => area.id)));
  if (!authority.areas.some((area) => area.id === authority.defaultArea)) {
    problems.push(`${where}: default area ${authority.defaultArea} is not listed`);
  }
  for (const area of authority.areas) problems.push(...textProblems(`${where} area ${area.id}`, area.name));
  if (!(authority.staleAfterMinutes > 0)) problems.push(`${where}: staleAfterMinutes must be positive`);
  if (!/^[+-]\d\d:\d\d$/.test(authority.utcOffset)) problems.push(`${where}: utcOffset "${authority.utcOffset}" is not ±hh:mm`);
  problems.push(...duplicates(`${where} hazard`, authority.hazards.map((hazard) => hazard.id)));
  problems.push(...duplicates(`${where} icon`, authority.hazards.flatMap((hazard) => hazard.levels.map((level) => level.icon))));
  for (const hazard of authority.hazards) problems.push(...hazardProblems(`${where} hazard ${hazard.id}`, hazard, catalogue));
  return problems;
}

function hazardProblems(where: string, hazard: SignalHazardDefinition, catalogue: SignalCatalogue): string[] {
  const problems = textProblems(where, hazard.name);
  if (hazard.oetCode !== null && !/^OET-\d{3}$/.test(hazard.oetCode)) problems.push(`${where}: "${hazard.oetCode}" is not an OET code`);
  if (hazard.levels.length === 0) problems.push(`${where}: has no levels`);
  problems.push(...duplicates(`${where} level`, hazard.levels.map((level) => normaliseCodeToken(level.code))));
  let previousRank = 0;
  for (const level of hazard.levels) {
    const at = `${where} level ${level.code}`;
    if (!Number.isInteger(level.rank) || level.rank < 1) problems.push(`${at}: rank must be a positive integer`);
    if (level.rank < previousRank) problems.push(`${at}: levels must be listed lowest first`);
    previousRank = level.rank;
    if (!catalogue.colours[level.colour]) problems.push(`${at}: unknown colour ${level.colour}`);
    if (level.icon.trim() === '') problems.push(`${at}: icon is empty`);
    problems.push(...textProblems(at, level.name), ...textProblems(at, level.meaning));
  }
  const rule = hazard.plausibility;
  const codes = new Set(hazard.levels.map((level) => level.code));
  if (!codes.has(rule.maxLevelFromNone)) problems.push(`${where}: plausibility names unknown level ${rule.maxLevelFromNone}`);
  if (rule.cancelRequiredFrom !== null && !codes.has(rule.cancelRequiredFrom)) {
    problems.push(`${where}: plausibility names unknown level ${rule.cancelRequiredFrom}`);
  }
  if (!Number.isInteger(rule.maxRankStepUp) || rule.maxRankStepUp < 1) problems.push(`${where}: maxRankStepUp must be at least 1`);
  return problems;
}

function textProblems(where: string, text: LocalizedText): string[] {
  return LANGUAGES.filter((language) => typeof text[language] !== 'string' || text[language].trim() === '').map(
    (language) => `${where}: text in ${language} is missing`,
  );
}

function duplicates(what: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${what} "${id}" appears twice`);
    seen.add(id);
  }
  return problems;
}

function hazardOf(catalogue: SignalCatalogue, authority: string, hazard: string): SignalHazardDefinition | undefined {
  return catalogue.authorities.find((a) => a.id === authority)?.hazards.find((h) => h.id === hazard);
}
