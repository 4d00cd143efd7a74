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
