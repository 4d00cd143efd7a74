import type { SignalKey, SignalSource } from '@app/contracts';
import { SIGNAL_CATALOGUE, SMG_WARNING_FILES, findAuthority, type SignalCatalogue } from '@app/domain';

export interface SignalSourceCoverage {
  authority: string;
  source: Exclude<SignalSource, 'manual'>;
  /** Hazards the source reports; null for every hazard of the authority. */
  hazards: readonly string[] | null;
}

/**
 * Which tracks have a configured source and therefore appear on the board from the start, shown as unknown until
 * their first good reading: the SMG warning files for Macau, and CAP (upload, plus the feed when configured) for
 * Guangdong/Zhuhai, both for the authority's default area. Tracks of other areas appear once something is received.
 */
export const SIGNAL_SOURCE_COVERAGE: readonly SignalSourceCoverage[] = [
  { authority: 'smg', source: 'feed', hazards: SMG_WARNING_FILES.map((file) => file.hazard) },
  { authority: 'gd-zhuhai', source: 'cap', hazards: null },
];

export function coveredTracks(
  coverage: readonly SignalSourceCoverage[] = SIGNAL_SOURCE_COVERAGE,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): SignalKey[] {
  return coverage.flatMap((covered) => {
    const authority = findAuthority(covered.authority, catalogue);
    if (!authority) return [];
    return authority.hazards
      .filter((hazard) => covered.hazards === null || covered.hazards.includes(hazard.id))
      .map((hazard) => ({ authority: authority.id, area: authority.defaultArea, hazard: hazard.id }));
  });
}

/** The default-area tracks of one authority that the board always shows. */
export function coveredTracksOf(authority: string): SignalKey[] {
  return coveredTracks().filter((key) => key.authority === authority);
}
