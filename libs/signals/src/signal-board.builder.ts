import type { SignalBoard, SignalBoardEntry, SignalKey } from '@app/contracts';
import {
  SIGNAL_CATALOGUE,
  describeLevel,
  findAuthority,
  suppressingSignal,
  type SignalCatalogue,
  type TrackLevel,
} from '@app/domain';
import type { SignalHoldEntity, SignalTrackEntity } from '@app/database';
import { trackFreshness } from './signal-freshness.policy.js';
import { keyOf } from './signal-reading.types.js';
import { holdViewOf } from './signal-views.js';

export interface BoardInputs {
  tracks: readonly SignalTrackEntity[];
  openHolds: readonly SignalHoldEntity[];
  /** Tracks with a configured source: shown even before anything was stored for them. */
  covered: readonly SignalKey[];
  now: Date;
  catalogue?: SignalCatalogue;
}

/**
 * The shared board: every covered track and every track something was received for, in catalogue order (authority,
 * area, hazard). A track without a good reading is `unknown`, never "no signal"; the last good level stays visible
 * beside its freshness.
 */
export function buildBoard(inputs: BoardInputs): SignalBoard {
  const catalogue = inputs.catalogue ?? SIGNAL_CATALOGUE;
  const tracks = new Map(inputs.tracks.map((track) => [keyOf(track), track]));
  const holds = new Map(inputs.openHolds.map((hold) => [keyOf(hold), hold]));
  const keys = new Map<string, SignalKey>();
  for (const key of [...inputs.covered, ...inputs.tracks]) keys.set(keyOf(key), { authority: key.authority, area: key.area, hazard: key.hazard });
  const levels: TrackLevel[] = inputs.tracks
    .filter((track) => track.receivedAt !== null)
    .map((track) => ({ authority: track.authority, area: track.area, hazard: track.hazard, level: track.level }));

  const entries: { order: number[]; entry: SignalBoardEntry }[] = [];
  for (const key of keys.values()) {
    const authorityIndex = catalogue.authorities.findIndex((candidate) => candidate.id === key.authority);
    const authority = findAuthority(key.authority, catalogue);
    const areaIndex = authority?.areas.findIndex((candidate) => candidate.id === key.area) ?? -1;
    const hazardIndex = authority?.hazards.findIndex((candidate) => candidate.id === key.hazard) ?? -1;
    // A track the catalogue no longer knows (an area or hazard removed by a correction) is not shown.
    if (!authority || areaIndex < 0 || hazardIndex < 0) continue;
    const area = authority.areas[areaIndex]!;
    const hazard = authority.hazards[hazardIndex]!;
    const track = tracks.get(keyOf(key));
    const hold = holds.get(keyOf(key));
    const level = track?.level ? (describeLevel(key.authority, key.hazard, track.level, catalogue) ?? null) : null;
    entries.push({
      order: [authorityIndex, areaIndex, hazardIndex],
      entry: {
        ...key,
        authorityName: authority.name,
        areaName: area.name,
        hazardName: hazard.name,
        level,
        since: track?.since?.toISOString() ?? null,
        source: track?.source ?? null,
        freshness: track ? trackFreshness(track, inputs.now, catalogue) : 'unknown',
        lastCheckedAt: track?.checkedAt?.toISOString() ?? null,
        held: hold ? holdViewOf(hold) : null,
        includedIn: suppressingSignal(key, levels, catalogue),
      },
    });
  }
  entries.sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]!);
  return { generatedAt: inputs.now.toISOString(), entries: entries.map((item) => item.entry) };
}
