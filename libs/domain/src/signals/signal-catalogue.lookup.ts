import type { SignalLevelView } from '@app/contracts';
import type {
  SignalAreaDefinition,
  SignalAuthorityDefinition,
  SignalCatalogue,
  SignalHazardDefinition,
  SignalLevelDefinition,
} from './catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from './catalogue/signal-catalogue.data.js';

export function findAuthority(
  authority: string,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): SignalAuthorityDefinition | undefined {
  return catalogue.authorities.find((candidate) => candidate.id === authority);
}

export function findArea(
  authority: string,
  area: string,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): SignalAreaDefinition | undefined {
  return findAuthority(authority, catalogue)?.areas.find((candidate) => candidate.id === area);
}

export function findHazard(
  authority: string,
  hazard: string,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): SignalHazardDefinition | undefined {
  return findAuthority(authority, catalogue)?.hazards.find((candidate) => candidate.id === hazard);
}

export function findLevel(
  authority: string,
  hazard: string,
  code: string,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): SignalLevelDefinition | undefined {
  return findHazard(authority, hazard, catalogue)?.levels.find((candidate) => candidate.code === code);
}

/** Rank of a level within its hazard; 0 for none. Undefined when the code is not in the catalogue. */
export function levelRank(
  authority: string,
  hazard: string,
  code: string | null,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): number | undefined {
  if (code === null) return 0;
  return findLevel(authority, hazard, code, catalogue)?.rank;
}

/** The level as the board shows it: text, colour and icon together. */
export function describeLevel(
  authority: string,
  hazard: string,
  code: string,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): SignalLevelView | undefined {
  const level = findLevel(authority, hazard, code, catalogue);
  const colour = level ? catalogue.colours[level.colour] : undefined;
  if (!level || !colour) return undefined;
  return {
    code: level.code,
    rank: level.rank,
    colour: { hex: colour.hex, name: colour.name },
    icon: level.icon,
    name: level.name,
    meaning: level.meaning,
  };
}
