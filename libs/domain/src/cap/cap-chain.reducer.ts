import type { SignalAction, SignalKey, SignalLevelCode } from '@app/contracts';
import type { CapAlert, CapReference } from './cap-alert.types.js';
import { mapCapAlertToSignals, type CapMappingOptions } from './cap-signal.mapper.js';
import type { CapSignalReading, CapUnmapped } from './cap-signal.types.js';
import { capTimeToIso } from './cap-time.js';

/** A live message currently in effect, with the signals it set. */
export interface ActiveCapAlert {
  alert: CapReference;
  readings: CapSignalReading[];
}

/**
 * Live CAP state of one feed: the messages in effect, and the messages replaced or cancelled (kept so that one
 * arriving late, after its Update or Cancel, is not revived).
 */
export interface CapChainState {
  active: readonly ActiveCapAlert[];
  superseded: readonly string[];
}

export const EMPTY_CAP_CHAIN: CapChainState = { active: [], superseded: [] };

/** A track whose current level changed because of a message. */
export interface CapSignalChange extends SignalKey {
  previousLevel: SignalLevelCode | null;
  level: SignalLevelCode | null;
  action: SignalAction;
  alert: CapReference;
}

export type CapChainOutcome =
  | { kind: 'applied'; changes: CapSignalChange[]; unknownReferences: CapReference[] }
  | {
      kind: 'ignored';
      reason: 'not_live' | 'not_a_signal_message' | 'duplicate' | 'superseded' | 'unknown_reference';
      message: string;
    }
  | { kind: 'rejected'; error: CapUnmapped };

export interface CapChainOptions extends CapMappingOptions {
  /** How many replaced message ids to remember. */
  maxSuperseded?: number;
}

/**
 * Applies one parsed CAP message to the live state. Alert adds a message; Update replaces the messages it
 * references; Cancel removes them — both through `references`. Exercise, Test, System and Draft messages, and Ack
 * and Error, never change live state. Pure: returns the new state and what changed on which track.
 */
export function applyCapAlert(
  state: CapChainState,
  alert: CapAlert,
  options: CapChainOptions = {},
): { state: CapChainState; outcome: CapChainOutcome } {
  const ignore = (reason: Extract<CapChainOutcome, { kind: 'ignored' }>['reason'], message: string, next = state) => ({
    state: next,
    outcome: { kind: 'ignored' as const, reason, message },
  });
  if (!alert.live) return ignore('not_live', `${alert.status} message ${alert.identifier} does not change live signals.`);
  if (alert.msgType === 'Ack' || alert.msgType === 'Error') {
    return ignore('not_a_signal_message', `${alert.msgType} messages carry no signal.`);
  }

  const self = keyOf(alert);
  if (state.superseded.includes(self)) return ignore('superseded', `${alert.identifier} was already replaced or cancelled.`);
  if (state.active.some((active) => keyOf(active.alert) === self)) return ignore('duplicate', `${alert.identifier} is already applied.`);

  const referenced = new Set(alert.references.map(keyOf));
  const inEffect = new Set(state.active.map((active) => keyOf(active.alert)));
  const unknownReferences = alert.references.filter((reference) => !inEffect.has(keyOf(reference)));
  const remaining = state.active.filter((active) => !referenced.has(keyOf(active.alert)));
  const superseded = remember(state.superseded, [...referenced], options.maxSuperseded ?? 1000);

  let active: ActiveCapAlert[];
  if (alert.msgType === 'Cancel') {
    if (remaining.length === state.active.length) {
      // Remember the ids anyway, so that the cancelled message is not applied if it arrives later.
      return ignore('unknown_reference', `Cancel ${alert.identifier} refers to no message in effect.`, { ...state, superseded });
    }
    active = remaining;
  } else {
    const mapped = mapCapAlertToSignals(alert, options);
    if (!mapped.ok) return { state, outcome: { kind: 'rejected', error: mapped.error } };
    const reference = { sender: alert.sender, identifier: alert.identifier, sent: alert.sent };
    active = [...remaining, { alert: reference, readings: mapped.readings }];
  }

  const next: CapChainState = { active, superseded };
  return { state: next, outcome: { kind: 'applied', changes: diff(state, next, alert), unknownReferences } };
}

/** The current signal per track: the most recently sent message in effect that covers it. */
export function currentCapSignals(state: CapChainState): CapSignalReading[] {
  const byTrack = new Map<string, CapSignalReading>();
  const ordered = [...state.active].sort((a, b) => sentAt(a.alert) - sentAt(b.alert));
  for (const active of ordered) for (const reading of active.readings) byTrack.set(trackOf(reading), reading);
  return [...byTrack.values()];
}

function diff(before: CapChainState, after: CapChainState, alert: CapAlert): CapSignalChange[] {
  const previous = new Map(currentCapSignals(before).map((reading) => [trackOf(reading), reading]));
  const current = new Map(currentCapSignals(after).map((reading) => [trackOf(reading), reading]));
  const changes: CapSignalChange[] = [];
  for (const track of new Set([...previous.keys(), ...current.keys()])) {
    const previousLevel = previous.get(track)?.level ?? null;
    const level = current.get(track)?.level ?? null;
    if (previousLevel === level) continue;
    const { authority, area, hazard } = (current.get(track) ?? previous.get(track))!;
    changes.push({
      authority,
      area,
      hazard,
      previousLevel,
      level,
      action: level === null ? 'cancel' : previousLevel === null ? 'issue' : 'update',
      alert: { sender: alert.sender, identifier: alert.identifier, sent: alert.sent },
    });
  }
  return changes;
}

// Identifiers are unique per sender (CAP 1.2), so sender and identifier name a message; `sent` is not compared.
function keyOf(reference: CapReference): string {
  return `${reference.sender} ${reference.identifier}`;
}

function trackOf(key: SignalKey): string {
  return `${key.authority} ${key.area} ${key.hazard}`;
}

function sentAt(reference: CapReference): number {
  return Date.parse(capTimeToIso(reference.sent) ?? '') || 0;
}

function remember(previous: readonly string[], added: string[], limit: number): string[] {
  const all = [...previous, ...added.filter((key) => !previous.includes(key))];
  return all.slice(Math.max(0, all.length - limit));
}
