import type { LocalizedText } from './languages.js';

/**
 * Wire types for official warning signals (Macau SMG, Guangdong/Zhuhai): their current state, the shared board
 * and history. Authority, area, hazard and level codes are catalogue ids (libs/domain signals catalogue), kept as
 * strings here so that adding an authority is a data change only.
 */

/** Catalogue id of an issuing authority, e.g. `smg` (Macau) or `gd-zhuhai` (Guangdong/Zhuhai). */
export type SignalAuthorityId = string;
/** Catalogue id of an area an authority issues signals for, e.g. `macau`, `zhuhai`, `hengqin`. */
export type SignalAreaId = string;
/** Catalogue id of a hazard of an authority, e.g. `tropical-cyclone`, `rainstorm`, `typhoon`. */
export type SignalHazardId = string;
/**
 * Catalogue code of a level within a hazard: Macau tropical cyclone `1`, `3`, `8NE`, `8SE`, `8SW`, `8NW`, `9`, `10`;
 * colour levels `white`, `blue`, `yellow`, `orange`, `red`, `black`; single-level signals `in-force`.
 */
export type SignalLevelCode = string;

export const SIGNAL_ACTIONS = ['issue', 'update', 'cancel'] as const;
export type SignalAction = (typeof SIGNAL_ACTIONS)[number];

/** Where a signal state came from: the authority's XML feed, a CAP message, or an operator's manual entry. */
export const SIGNAL_SOURCES = ['feed', 'cap', 'manual'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/**
 * How far a shown state can be trusted: `fresh` = the source answered within its staleness limit; `stale` = the
 * last good answer is older than that; `unknown` = the source failed, timed out or sent something unreadable.
 * Stale and unknown are never shown as "no signal".
 */
export const SIGNAL_FRESHNESS = ['fresh', 'stale', 'unknown'] as const;
export type SignalFreshness = (typeof SIGNAL_FRESHNESS)[number];

/** Why a reading was held for an operator to confirm instead of changing the board. */
export const SIGNAL_HOLD_REASONS = [
  'jump_from_none', // e.g. nothing → signal 9 or 10
  'step_too_large', // more levels at once than the hazard allows
  'drop_without_cancel', // e.g. Red/Black → nothing without a cancel message
  'suppressed_hazard', // issued while a rule says it is not issued separately (rainstorm while Macau 8+)
] as const;
export type SignalHoldReasonCode = (typeof SIGNAL_HOLD_REASONS)[number];

export interface SignalHoldReason {
  code: SignalHoldReasonCode;
  message: string;
}

/** One track of signals: state is kept per (authority, area, hazard). */
export interface SignalKey {
  authority: SignalAuthorityId;
  area: SignalAreaId;
  hazard: SignalHazardId;
}

/** How a level is shown: always text beside the colour, in every language. */
export interface SignalLevelView {
  code: SignalLevelCode;
  /** Order within the hazard, 1 = lowest; levels of equal severity share a rank (Macau 8NE/8SE/8SW/8NW). */
  rank: number;
  colour: { hex: string; name: LocalizedText };
  icon: string;
  name: LocalizedText;
  meaning: LocalizedText;
}

/** The state of one track as recorded: `level` null means none in force. */
export interface SignalState extends SignalKey {
  level: SignalLevelCode | null;
  action: SignalAction;
  /** When the authority issued it (ISO 8601), if the source says. */
  issuedAt: string | null;
  /** When it reached us (ISO 8601). */
  receivedAt: string;
  source: SignalSource;
  freshness: SignalFreshness;
}

/** A reading held back from the board until an operator confirms or rejects it. */
export interface SignalHold {
  level: SignalLevelCode | null;
  action: SignalAction | null;
  source: SignalSource;
  receivedAt: string;
  reasons: SignalHoldReason[];
}

/** One row of the shared board. */
export interface SignalBoardEntry extends SignalKey {
  authorityName: LocalizedText;
  areaName: LocalizedText;
  hazardName: LocalizedText;
  /** The level in force, or null for none — only meaningful when `freshness` is `fresh`. */
  level: SignalLevelView | null;
  /** Since when the shown level has been in force (ISO 8601). */
  since: string | null;
  source: SignalSource | null;
  freshness: SignalFreshness;
  /** When the source last answered with a readable document (ISO 8601). */
  lastCheckedAt: string | null;
  held: SignalHold | null;
  /** Set when a rule says this hazard is not signalled separately now (e.g. rainstorm while Macau 8+ is up). */
  includedIn: { hazard: SignalHazardId; level: SignalLevelCode } | null;
}

export interface SignalBoard {
  generatedAt: string;
  entries: SignalBoardEntry[];
}

/** One change in a track's history. */
export interface SignalHistoryEntry extends SignalState {
  id: string;
  previousLevel: SignalLevelCode | null;
}

/** `GET /api/signals/history?authority=&hazard=&from=&to=&limit=`: newest first. */
export interface SignalHistoryPage {
  items: SignalHistoryEntry[];
}

/** `POST /api/signals/manual` (operator, commander, admin): a signal phoned in or read off another channel. */
export interface ManualSignalRequest extends SignalKey {
  /** Null = none in force (a cancel). */
  level: SignalLevelCode | null;
  action: SignalAction;
  /** When the authority issued it (ISO 8601, not in the future). */
  issuedAt: string;
  /** Why the entry is manual (e.g. "SMG feed down; signal read from TDM broadcast"). */
  reason: string;
}

/** `POST /api/signals/holds/:authority/:area/:hazard/confirm|reject` (operator, commander, admin). */
export interface SignalHoldDecision {
  reason: string;
}

/** SMG's table of probabilities of upcoming tropical-cyclone signals, as entered by an operator. */
export const SIGNAL_PROBABILITIES = ['low', 'medium', 'relatively-high', 'high', 'will-be-issued'] as const;
export type SignalProbability = (typeof SIGNAL_PROBABILITIES)[number];

export interface SignalOutlookRow {
  /** Level code of the upcoming signal (e.g. `3`, `8`, `9`, `10`). */
  level: SignalLevelCode;
  probability: SignalProbability;
  /** Free text from SMG, e.g. "between 14:00 and 17:00" (optional). */
  window: string | null;
}

/** `GET /api/signals/outlook` (public) / `PUT /api/signals/outlook` (operator, commander, admin). */
export interface SignalOutlook {
  authority: SignalAuthorityId;
  hazard: SignalHazardId;
  rows: SignalOutlookRow[];
  /** When SMG published it (ISO 8601). */
  publishedAt: string;
  enteredBy: string | null;
  enteredAt: string | null;
}

/** `GET /api/signals/outlook`: null until an operator enters SMG's table. */
export interface SignalOutlookResponse {
  outlook: SignalOutlook | null;
}

/** Realtime `signal.changed` (room `public`, which every connection joins): one track changed; the new board comes along. */
export interface SignalChangedEvent {
  change: SignalHistoryEntry;
  board: SignalBoard;
}

/** Realtime `signal.board` (room `public`): freshness or holds changed without a level change. */
export interface SignalBoardEvent {
  board: SignalBoard;
}

/** An open hold as `GET /api/signals/holds` (HQ roles) lists it. */
export interface SignalHoldEntry extends SignalKey, SignalHold {
  id: string;
  /** The level the board keeps showing while the reading is held. */
  previousLevel: SignalLevelCode | null;
  issuedAt: string | null;
  /** Who entered the reading (manual entries), else null. */
  enteredBy: string | null;
  /** The reason given with a manual entry, else null. */
  note: string | null;
}

export interface SignalHoldList {
  items: SignalHoldEntry[];
}

/**
 * What an ingestion or decision answers (`POST /api/signals/cap`, `/manual`, `/holds/…/confirm|reject`):
 * `changed` — the board changed (201); `held` — a reading waits for confirmation; `unchanged` — the board already
 * showed this; `not_live` — an Exercise/Test/System/Draft CAP message, stored but never applied; `ignored` — a CAP
 * message with nothing to apply (duplicate, already replaced, referring to nothing in effect); `rejected` — a hold
 * was rejected.
 */
export const SIGNAL_INGEST_OUTCOMES = ['changed', 'held', 'unchanged', 'not_live', 'ignored', 'rejected'] as const;
export type SignalIngestOutcome = (typeof SIGNAL_INGEST_OUTCOMES)[number];

export interface SignalIngestResult {
  outcome: SignalIngestOutcome;
  message: string;
  changes: SignalHistoryEntry[];
  held: SignalHoldEntry[];
  /** The stored raw document (CAP XML or the manual entry), if one was kept. */
  documentId: string | null;
}

/** `PUT /api/signals/outlook` body; authority and hazard default to Macau SMG tropical cyclone. */
export interface SignalOutlookUpdate {
  authority?: SignalAuthorityId;
  hazard?: SignalHazardId;
  rows: SignalOutlookRow[];
  publishedAt: string;
}
