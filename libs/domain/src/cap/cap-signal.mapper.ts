import type { SignalAction } from '@app/contracts';
import type { SignalAuthorityDefinition, SignalCatalogue, SignalHazardDefinition } from '../signals/catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from '../signals/catalogue/signal-catalogue.data.js';
import { findAuthority } from '../signals/signal-catalogue.lookup.js';
import type { CapAlert, CapInfo } from './cap-alert.types.js';
import { resolveAreas } from './cap-area.resolver.js';
import { infoEvidence } from './cap-signal.evidence.js';
import { CapUnmapped, type CapMappingResult, type CapSignalReading } from './cap-signal.types.js';
import { capTimeToIso } from './cap-time.js';

export interface CapMappingOptions {
  /** The authority whose feed or upload the message came from. */
  authority?: string;
  catalogue?: SignalCatalogue;
}

interface InfoSignal {
  hazard: string;
  level: string | null;
  areas: string[];
  info: CapInfo;
}

const ACTIONS: Readonly<Record<string, SignalAction>> = { Alert: 'issue', Update: 'update', Cancel: 'cancel' };

/**
 * Ties a CAP message to catalogue signals: the hazard (signal parameter, OET event code, event text in Chinese or
 * English), the level (colour named in them, else severity) and the areas. Every info block that names a signal must
 * name the same one; anything that cannot be pinned down is a `CapUnmapped` error, never a guess.
 */
export function mapCapAlertToSignals(alert: CapAlert, options: CapMappingOptions = {}): CapMappingResult {
  const catalogue = options.catalogue ?? SIGNAL_CATALOGUE;
  const authority = findAuthority(options.authority ?? 'gd-zhuhai', catalogue);
  if (!authority) return unmapped('cap_unmapped', `Unknown authority ${options.authority}.`);
  const msgAction = ACTIONS[alert.msgType];
  if (!msgAction) return unmapped('cap_unmapped', `A ${alert.msgType} message carries no signal.`);
  if (alert.infos.length === 0) return unmapped('cap_unmapped', `${alert.msgType} ${alert.identifier} has no info block to map.`);

  const signals: InfoSignal[] = [];
  for (const info of alert.infos) {
    const read = signalOfInfo(info, alert, msgAction, authority, catalogue);
    if (read instanceof CapUnmapped) return { ok: false, error: read };
    if (read) signals.push(read);
  }
  const first = signals[0];
  if (!first) {
    return unmapped('cap_unmapped', `No ${authority.id} signal is named in "${alert.infos.map((info) => info.event).join('" / "')}".`);
  }
  const disagreeing = signals.find((signal) => signal.hazard !== first.hazard || signal.level !== first.level);
  if (disagreeing) {
    const says = (signal: InfoSignal) => `${signal.info.language} says ${signal.hazard} ${signal.level ?? 'lifted'}`;
    return unmapped('cap_conflicting', `The info blocks disagree: ${says(first)}, ${says(disagreeing)}.`);
  }

  const action: SignalAction = first.level === null ? 'cancel' : msgAction;
  const issuedAt = capTimeToIso(first.info.effective ?? alert.sent) ?? capTimeToIso(alert.sent)!;
  const expiresAt = first.info.expires === null ? null : capTimeToIso(first.info.expires);
  const areas = [...new Set(signals.flatMap((signal) => signal.areas))];
  const readings: CapSignalReading[] = areas.map((area) => ({
    authority: authority.id,
    area,
    hazard: first.hazard,
    level: first.level,
    action,
    issuedAt,
    expiresAt,
    alert: { sender: alert.sender, identifier: alert.identifier, sent: alert.sent },
  }));
  return { ok: true, readings };
}

/** The signal one info block names; null when it names none; CapUnmapped when it cannot be pinned down. */
function signalOfInfo(
  info: CapInfo,
  alert: CapAlert,
  msgAction: SignalAction,
  authority: SignalAuthorityDefinition,
  catalogue: SignalCatalogue,
): InfoSignal | CapUnmapped | null {
  const evidence = infoEvidence(info, authority, catalogue);
  const where = `info (${info.language}) "${info.event}"`;
  if (evidence.hazards.conflicting) {
    return new CapUnmapped('cap_conflicting', `${where}: its parameter, event code and text name different hazards.`);
  }
  if (evidence.hazards.ids.size > 1) {
    return new CapUnmapped('cap_ambiguous', `${where} could be ${[...evidence.hazards.ids].join(' or ')}.`);
  }
  const hazardId = [...evidence.hazards.ids][0];
  if (hazardId === undefined) return null;
  const hazard = authority.hazards.find((candidate) => candidate.id === hazardId)!;

  const areas = resolveAreas(info, alert, authority);
  if (areas === null) {
    const named = info.areas.map((area) => area.areaDesc).join('", "');
    return new CapUnmapped('cap_unmapped_area', `${where}: none of "${named}" is a ${authority.id} area.`);
  }
  if (msgAction === 'cancel' || evidence.lifted) return { hazard: hazardId, level: null, areas, info };

  if (evidence.colours.conflicting) {
    return new CapUnmapped('cap_conflicting', `${where}: its parameter and text name different colours.`);
  }
  if (evidence.colours.ids.size > 1) {
    return new CapUnmapped('cap_ambiguous', `${where} names several colours: ${[...evidence.colours.ids].join(', ')}.`);
  }
  const level = levelOf(hazard, [...evidence.colours.ids][0] ?? null, evidence.severityColour);
  if (level instanceof CapUnmapped) return new CapUnmapped(level.code, `${where}: ${level.message}`);
  return { hazard: hazardId, level, areas, info };
}

function levelOf(hazard: SignalHazardDefinition, colour: string | null, severityColour: string | null): string | CapUnmapped {
  if (colour !== null) {
    const level = hazard.levels.find((candidate) => candidate.colour === colour);
    return level ? level.code : new CapUnmapped('cap_unmapped', `${hazard.id} has no ${colour} level.`);
  }
  if (hazard.levels.length === 1) return hazard.levels[0]!.code;
  const bySeverity = severityColour === null ? undefined : hazard.levels.find((candidate) => candidate.colour === severityColour);
  if (bySeverity) return bySeverity.code;
  return new CapUnmapped('cap_unmapped', `no colour is named and the severity does not give a ${hazard.id} level.`);
}

function unmapped(code: CapUnmapped['code'], message: string): CapMappingResult {
  return { ok: false, error: new CapUnmapped(code, message) };
}
