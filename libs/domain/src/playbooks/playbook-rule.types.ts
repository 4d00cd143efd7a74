import type { LocalizedText } from '@app/contracts';
import type { WelfareCheckAction } from '../evacuation/welfare-check.action.js';

/**
 * When a rule fires, in catalogue terms (authority, hazard and level ids of libs/domain signals).
 * `rise`: the level crosses `level` upwards — issued or upgraded from below it — and is not above `upTo` when that is
 * set (the rule for the higher level takes over). `lower`: the level crosses `level` downwards, cancel included.
 * Thresholds compare ranks, so a move within one rank (Macau 8NE → 8SE) or a repeat never fires.
 */
export interface PlaybookTrigger {
  authority: string;
  /** Every hazard listed must have `level` (and `upTo`). */
  hazards: readonly string[];
  /** Areas of the authority the rule applies to; absent = any area. */
  areas?: readonly string[];
  on: 'rise' | 'lower';
  level: string;
  /** Only with `rise`. */
  upTo?: string;
}

export interface PlaybookChecklistItem {
  title: LocalizedText;
  detail?: LocalizedText;
}

/** A playbook rule: data an operator can correct (see README.md in this folder). */
export interface PlaybookRuleDefinition {
  /** Stable: runs refer to it. Lower-case words joined by `-`. */
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The rule fires when any of these does. */
  triggers: readonly PlaybookTrigger[];
  /** Becomes the task list of each run, in this order. */
  checklist: readonly PlaybookChecklistItem[];
  /** Pre-drafted alert templates offered to the alert composer when the rule fires (ids such as `smg-tc8-issued`). */
  alertTemplateIds: readonly string[];
  /** Facts still to be confirmed against official texts (English, for operators). */
  verify?: readonly string[];
  /**
   * Welfare checks the run asks for: every vulnerable resident the action selects who has no open welfare-check
   * task and no pending request gets one request, which the HQ turns into a task for a team.
   */
  welfareChecks?: WelfareCheckAction;
}
