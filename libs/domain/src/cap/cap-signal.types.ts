import type { SignalAction, SignalKey, SignalLevelCode } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import type { CapReference } from './cap-alert.types.js';

/** What one CAP message says about one (authority, area, hazard) track. */
export interface CapSignalReading extends SignalKey {
  /** Catalogue level, or null when the message lifts the signal. */
  level: SignalLevelCode | null;
  action: SignalAction;
  /** When the signal took effect (info effective, else the message's sent time), ISO instant. */
  issuedAt: string;
  expiresAt: string | null;
  /** The message it came from. */
  alert: CapReference;
}

export type CapUnmappedCode = 'cap_unmapped' | 'cap_ambiguous' | 'cap_conflicting' | 'cap_unmapped_area';

/** A valid CAP alert that cannot be tied to exactly one catalogue hazard, level and area. */
export class CapUnmapped extends DomainError {
  declare readonly code: CapUnmappedCode;

  constructor(code: CapUnmappedCode, message: string) {
    super('unprocessable', code, message);
    this.name = 'CapUnmapped';
  }
}

export type CapMappingResult = { ok: true; readings: CapSignalReading[] } | { ok: false; error: CapUnmapped };
