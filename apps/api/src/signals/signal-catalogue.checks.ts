import type { SignalKey } from '@app/contracts';
import { DomainError, SIGNAL_CATALOGUE, findAuthority, findLevel } from '@app/domain';

const known = (ids: readonly { id: string }[]) => ids.map((item) => item.id).join(', ');

/** The authority must be in the catalogue; the message names what was sent and what is known. */
export function requireAuthority(authority: string): void {
  if (!findAuthority(authority)) {
    throw new DomainError('invalid', 'signal_unknown_authority', `Unknown authority "${authority}"; known: ${known(SIGNAL_CATALOGUE.authorities)}.`);
  }
}

/** The hazard must exist for the authority, or (without one) for some authority. */
export function requireHazard(hazard: string, authority?: string): void {
  if (authority !== undefined) {
    requireAuthority(authority);
    const definition = findAuthority(authority)!;
    if (!definition.hazards.some((candidate) => candidate.id === hazard)) {
      throw new DomainError('invalid', 'signal_unknown_hazard', `Unknown hazard "${hazard}" of ${authority}; known: ${known(definition.hazards)}.`);
    }
    return;
  }
  if (!SIGNAL_CATALOGUE.authorities.some((candidate) => candidate.hazards.some((h) => h.id === hazard))) {
    throw new DomainError('invalid', 'signal_unknown_hazard', `Unknown hazard "${hazard}".`);
  }
}

export function requireArea(area: string, authority: string): void {
  requireAuthority(authority);
  const definition = findAuthority(authority)!;
  if (!definition.areas.some((candidate) => candidate.id === area)) {
    throw new DomainError('invalid', 'signal_unknown_area', `Unknown area "${area}" of ${authority}; known: ${known(definition.areas)}.`);
  }
}

/** A complete track key of the catalogue. */
export function requireTrack(key: SignalKey): void {
  requireArea(key.area, key.authority);
  requireHazard(key.hazard, key.authority);
}

export function requireLevel(key: SignalKey, level: string): void {
  if (!findLevel(key.authority, key.hazard, level)) {
    const levels = findAuthority(key.authority)!.hazards.find((h) => h.id === key.hazard)!.levels.map((l) => l.code);
    throw new DomainError('invalid', 'signal_unknown_level', `Unknown level "${level}" of ${key.authority}/${key.hazard}; known: ${levels.join(', ')}.`);
  }
}
