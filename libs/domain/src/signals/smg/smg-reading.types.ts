import type { Language, SignalAction, SignalLevelCode } from '@app/contracts';
import { DomainError } from '../../domain-error.js';
import type { XmlRejected } from '../../xml/index.js';

/** The warning element's fields as they were written, kept for the record and for diagnosing feed changes. */
export interface SmgRawSummary {
  element: string;
  warncode: string | null;
  action: string | null;
  inforce: string | null;
  status: string | null;
  issuedAt: string | null;
  iconUrl: string | null;
}

/** What one SMG warning file says about one hazard. */
export interface SmgSignalReading {
  authority: 'smg';
  area: string;
  hazard: string;
  /** Catalogue level code in force, or null when none is in force. */
  level: SignalLevelCode | null;
  action: SignalAction | null;
  /** ISO instant, or null when the file does not say. */
  issuedAt: string | null;
  description: string | null;
  /** The file's SysPubdate as an ISO instant, or null when absent. */
  pubDate: string | null;
  raw: SmgRawSummary;
}

export interface SmgDocument {
  pubDate: string | null;
  language: Language | null;
  readings: SmgSignalReading[];
}

export type SmgFormatErrorCode =
  | 'smg_no_warning'
  | 'smg_wrong_hazard'
  | 'smg_unknown_element'
  | 'smg_unknown_code'
  | 'smg_ambiguous_code'
  | 'smg_unknown_action'
  | 'smg_bad_inforce'
  | 'smg_inconsistent'
  | 'smg_bad_time'
  | 'smg_conflicting';

/** A well-formed XML document that cannot be read as an SMG warning; the hazard's state is unknown, not "none". */
export class SmgFormatError extends DomainError {
  declare readonly code: SmgFormatErrorCode;

  constructor(code: SmgFormatErrorCode, message: string) {
    super('unprocessable', code, message);
    this.name = 'SmgFormatError';
  }
}

export type SmgParseResult = { ok: true; document: SmgDocument } | { ok: false; error: XmlRejected | SmgFormatError };
