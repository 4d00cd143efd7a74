import type { SignalFreshness } from '@app/contracts';
import { SIGNAL_CATALOGUE, assessFreshness, findAuthority, type SignalCatalogue } from '@app/domain';
import type { SignalTrackState } from '@app/database';

/** What freshness is computed from. */
export type FreshnessInputs = Pick<SignalTrackState, 'authority' | 'receivedAt' | 'source' | 'checkedAt' | 'publishedAt'> & {
  failedAt: Date | null;
};

/**
 * How far a track's shown state can be trusted now. Unknown until a first good reading, and whenever its source
 * failed after its last readable answer; stale when that answer (or the document's publication time) is older than
 * the authority's staleness limit. An operator's manual entry stands in for a failing feed until it is stale itself.
 */
export function trackFreshness(track: FreshnessInputs, now: Date, catalogue: SignalCatalogue = SIGNAL_CATALOGUE): SignalFreshness {
  if (track.receivedAt === null || track.checkedAt === null) return 'unknown';
  const authority = findAuthority(track.authority, catalogue);
  if (!authority) return 'unknown';
  const staleAfterMs = authority.staleAfterMinutes * 60_000;
  if (track.source !== 'manual' && track.failedAt !== null && track.failedAt.getTime() >= track.checkedAt.getTime()) return 'unknown';
  if (now.getTime() - track.checkedAt.getTime() > staleAfterMs) return 'stale';
  if (track.source !== 'manual' && track.publishedAt !== null) {
    return assessFreshness({ publishedAt: track.publishedAt.toISOString(), now, staleAfterMs });
  }
  return 'fresh';
}
