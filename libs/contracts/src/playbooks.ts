import type { LocalizedText } from './languages.js';
import type { SignalHistoryEntry, SignalKey, SignalLevelCode } from './signals.js';

/**
 * Playbooks turn signal changes into recommended actions with checklists. Rules are data (libs/domain playbooks);
 * when one fires the HQ gets a run with tasks, each acknowledged and done by a named user.
 */

export const PLAYBOOK_TASK_STATES = ['open', 'acknowledged', 'done'] as const;
export type PlaybookTaskState = (typeof PLAYBOOK_TASK_STATES)[number];

export interface PlaybookTask {
  id: string;
  runId: string;
  /** Position in the checklist, from 1. */
  position: number;
  title: LocalizedText;
  detail: LocalizedText | null;
  state: PlaybookTaskState;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  doneBy: string | null;
  doneAt: string | null;
  /** What was done, written by the person who closed the task (optional). */
  note: string | null;
}

export interface PlaybookRun {
  id: string;
  ruleId: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The change that fired the rule. */
  trigger: SignalKey & { level: SignalLevelCode | null; changeId: string };
  firedAt: string;
  /** Closed when every task is done, or when the signal that fired it has gone (then open tasks stay visible as such). */
  status: 'open' | 'closed';
  tasks: PlaybookTask[];
  /** Ids of pre-drafted alert templates for this signal, offered to the alert composer. */
  alertTemplateIds: string[];
}

/** `GET /api/playbooks/runs?status=open|closed|all&limit=` (HQ roles). */
export interface PlaybookRunList {
  items: PlaybookRun[];
}

/** `POST /api/playbooks/tasks/:id/acknowledge` and `/done` (HQ roles) take an optional note. */
export interface PlaybookTaskAction {
  note?: string;
}

/** Realtime `playbook.updated` (room hq): a run was created or one of its tasks changed. */
export interface PlaybookUpdatedEvent {
  run: PlaybookRun;
}

/** Queue job `signals/playbooks.evaluate`: a signal change was committed; evaluate the playbook rules for it. */
export interface PlaybookEvaluateJob {
  change: SignalHistoryEntry;
}

/** Longest note a user may leave on a task. */
export const PLAYBOOK_TASK_NOTE_MAX = 500;
export const PLAYBOOK_RUN_LIST_DEFAULT = 50;
export const PLAYBOOK_RUN_LIST_MAX = 200;
export const PLAYBOOK_RUN_STATUS_FILTERS = ['open', 'closed', 'all'] as const;
export type PlaybookRunStatusFilter = (typeof PLAYBOOK_RUN_STATUS_FILTERS)[number];

/** What `POST /api/playbooks/tasks/:id/acknowledge|done` answers: the task as changed and its run (maybe now closed). */
export interface PlaybookTaskActionResult {
  task: PlaybookTask;
  run: PlaybookRun;
}

/**
 * When a rule fires. `rise`: the level goes from below `level` to at or above it (and, with `upTo`, not above
 * `upTo` — a higher rule takes over there). `lower`: the level goes from at or above `level` to below it (cancel
 * included). Moves within the same rank (Macau 8NE → 8SE) and repeats never fire.
 */
export interface PlaybookTriggerView {
  authority: SignalKey['authority'];
  hazards: SignalKey['hazard'][];
  /** Null: any area of the authority. */
  areas: SignalKey['area'][] | null;
  on: 'rise' | 'lower';
  level: SignalLevelCode;
  upTo: SignalLevelCode | null;
}

export interface PlaybookChecklistItemView {
  title: LocalizedText;
  detail: LocalizedText | null;
}

/** A playbook rule as stored in data, for display (`GET /api/playbooks/rules`, HQ roles). */
export interface PlaybookRuleView {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The rule fires when any of these does. */
  triggers: PlaybookTriggerView[];
  checklist: PlaybookChecklistItemView[];
  alertTemplateIds: string[];
  /** Facts in this rule still to be confirmed against official texts (English, for operators). */
  verify: string[];
}

export interface PlaybookRuleList {
  items: PlaybookRuleView[];
}
