import type { LatLon } from './reference.js';

/**
 * The HQ sends a unit to an area or place with a checklist. Each task is one dispatch: when it goes en route it
 * counts `people` inspector-trips (人次) and `vehicles` vehicle-trips (辆次), so the HQ's figures come from data.
 */
export const TASK_STATES = ['assigned', 'en-route', 'on-site', 'done', 'cannot-complete'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** Final states: nothing moves a task out of them. */
export const TASK_FINAL_STATES: readonly TaskState[] = ['done', 'cannot-complete'];

export const TASK_KINDS = ['inspection', 'rescue', 'welfare-check', 'transfer', 'other'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface TaskChecklistItem {
  id: string;
  text: string;
  done: boolean;
  doneBy: string | null;
  doneAt: string | null;
}

export interface TaskTransition {
  from: TaskState | null;
  to: TaskState;
  byId: string;
  byName: string;
  at: string;
  reason: string | null;
}

export interface FieldTask {
  id: string;
  kind: TaskKind;
  teamId: string;
  teamName: string;
  title: string;
  areaId: string | null;
  placeId: string | null;
  location: LatLon | null;
  checklist: TaskChecklistItem[];
  state: TaskState;
  /** Required for `cannot-complete`. */
  reason: string | null;
  /** People sent on this trip (defaults to the team's headcount) and vehicles used. */
  people: number;
  vehicles: number;
  /** Set for tasks created from a playbook run or for a welfare check / hazard report. */
  playbookRunId: string | null;
  vulnerableResidentId: string | null;
  hazardReportId: string | null;
  assignedById: string;
  assignedByName: string;
  createdAt: string;
  updatedAt: string;
  history: TaskTransition[];
}

export interface FieldTaskList {
  items: FieldTask[];
}

/** `POST /api/tasks` (HQ roles). One of areaId, placeId, location is required. */
export interface CreateTaskRequest {
  kind: TaskKind;
  teamId: string;
  title: string;
  areaId?: string | null;
  placeId?: string | null;
  location?: LatLon | null;
  /** Ad hoc lines; or copy a playbook run's checklist with `playbookRunId`. */
  checklist?: string[];
  playbookRunId?: string | null;
  hazardReportId?: string | null;
  vulnerableResidentId?: string | null;
  people?: number;
  vehicles?: number;
}

/** `POST /api/tasks/:id/transition` (HQ roles; inspectors and crew leads for their own team's tasks). */
export interface TaskTransitionRequest {
  to: TaskState;
  reason?: string;
  /** Client-generated id so a transition queued offline and sent twice applies once. */
  clientId?: string;
}

/** `POST /api/tasks/:id/checklist/:itemId` (same access as transitions). */
export interface TaskChecklistUpdate {
  done: boolean;
}

/** `GET /api/tasks?state=open|closed|all&teamId=` — field roles see only their own teams' tasks whatever they ask. */
export const TASK_LIST_FILTERS = ['open', 'closed', 'all'] as const;
export type TaskListFilter = (typeof TASK_LIST_FILTERS)[number];

export const TASK_TITLE_MAX = 120;
export const TASK_REASON_MAX = 500;
export const TASK_CHECKLIST_MAX = 30;
