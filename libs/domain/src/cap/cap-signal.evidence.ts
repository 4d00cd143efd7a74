import type { SignalAuthorityDefinition, SignalCatalogue } from '../signals/catalogue/catalogue.types.js';
import { normaliseCodeToken } from '../signals/level-code.matcher.js';
import type { CapInfo } from './cap-alert.types.js';
import { LIFTED_KEYWORDS, SEVERITY_COLOURS, SIGNAL_PARAMETER_NAMES } from './cap-signal-mapping.data.js';
import { mentions, mentionsAny } from './cap-text.match.js';

/** Ids the sources agree on; `conflicting` when sources named things but no id is common to all of them. */
export interface Candidates {
  ids: Set<string>;
  conflicting: boolean;
}

/** What one info block says about the signal, each part as the set of candidates its sources agree on. */
export interface InfoEvidence {
  hazards: Candidates;
  colours: Candidates;
  /** Colour implied by severity, used only when no source names one. */
  severityColour: string | null;
  lifted: boolean;
}

/**
 * Collects the hazard and colour an info block names, from its signal parameter, event codes and event text
 * (headline only when those say nothing). Sources that name something must agree: their candidates are intersected.
 */
export function infoEvidence(info: CapInfo, authority: SignalAuthorityDefinition, catalogue: SignalCatalogue): InfoEvidence {
  const parameterTokens = info.parameters
    .filter((parameter) => SIGNAL_PARAMETER_NAMES.some((name) => normaliseCodeToken(name) === normaliseCodeToken(parameter.valueName)))
    .flatMap((parameter) => parameter.value.split(/[-_\s/]+/).map(normaliseCodeToken));

  const hazardsByToken = new Set(
    authority.hazards
      .filter((hazard) => (hazard.keywords?.codes ?? []).some((code) => parameterTokens.includes(normaliseCodeToken(code))))
      .map((hazard) => hazard.id),
  );
  const eventCodeValues = info.eventCodes.map((code) => code.value.trim().toUpperCase());
  const hazardsByEventCode = new Set(
    authority.hazards.filter((hazard) => hazard.oetCode !== null && eventCodeValues.includes(hazard.oetCode)).map((hazard) => hazard.id),
  );
  const hazardsIn = (text: string | null) =>
    new Set(
      authority.hazards
        .filter((hazard) => hazard.keywords && mentionsAny(text, [...hazard.keywords.zh, ...hazard.keywords.en]))
        .map((hazard) => hazard.id),
    );

  const colourEntries = Object.entries(catalogue.colours);
  const coloursByToken = new Set(
    colourEntries
      .filter(([, colour]) => colour.aliases.some((alias) => parameterTokens.includes(normaliseCodeToken(alias))))
      .map(([id]) => id),
  );
  const coloursIn = (text: string | null) =>
    new Set(
      colourEntries
        .filter(([, colour]) => text !== null && textAliases(colour.aliases).some((alias) => mentions(text, alias)))
        .map(([id]) => id),
    );
  const liftedWords = [...LIFTED_KEYWORDS.zh, ...LIFTED_KEYWORDS.en];

  return {
    hazards: agree([hazardsByToken, hazardsByEventCode, hazardsIn(info.event)], () => hazardsIn(info.headline)),
    colours: agree([coloursByToken, coloursIn(info.event)], () => coloursIn(info.headline)),
    severityColour: SEVERITY_COLOURS[info.severity] ?? null,
    lifted: mentionsAny(info.event, liftedWords) || mentionsAny(info.headline, liftedWords),
  };
}

/**
 * The intersection of the sources that name anything; when none does, the fallback.
 */
function agree(sources: Set<string>[], fallback: () => Set<string>): Candidates {
  const named = sources.filter((source) => source.size > 0);
  if (named.length === 0) return { ids: fallback(), conflicting: false };
  const ids = named.reduce((common, source) => new Set([...common].filter((id) => source.has(id))));
  return { ids, conflicting: ids.size === 0 };
}

/** Colour words usable in running text: whole words of three letters or more, and Chinese "…色" forms. */
function textAliases(aliases: readonly string[]): string[] {
  return aliases.filter((alias) => (/\p{Script=Han}/u.test(alias) ? alias.endsWith('色') : /^\p{L}{3,}$/u.test(alias)));
}
