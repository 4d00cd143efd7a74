import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TASK_CHECKLIST_MAX, type AuthUser, type FieldTask, type FieldTaskList, type Language, type TaskChecklistItem } from '@app/contracts';
import { AuditRepository, FieldTaskRepository, TeamRepository } from '@app/database';
import { checkTaskTransition, DomainError, isFinalTaskState, taskTransitionStamps } from '@app/domain';
import { RealtimePublisher } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { constraintError } from '../teams/constraint-errors.js';
import { FieldAccess } from '../teams/field-access.js';
import type { CreateTaskDto, TaskListQueryDto, TaskTransitionDto } from './task.dto.js';

export const TASK_LIST_LIMIT = 500;
/** Playbook texts are stored in four languages; a task's checklist is in the working language of the Hengqin HQ. */
export const TASK_CHECKLIST_LANGUAGE: Language = 'zh-Hans';

const notFound = (id: string) => new DomainError('not_found', 'task_not_found', `There is no task with id ${id}.`);

// References to records other parts of the system keep: a foreign key tells us when one does not exist.
const MISSING_REFERENCES = {
  field_tasks_hazard_report_fk: () => new DomainError('invalid', 'task_hazard_report_unknown', 'hazardReportId does not name a hazard report.'),
  field_tasks_vulnerable_resident_fkey: () => new DomainError('invalid', 'task_vulnerable_resident_unknown', 'vulnerableResidentId does not name a registered resident.'),
  field_tasks_team_id_fkey: () => new DomainError('invalid', 'task_team_unknown', 'teamId does not name a team.'),
};

/**
 * Dispatches: the HQ assigns a unit to an area or place with a checklist; the unit moves the task through
 * assigned → en route → on site → done / cannot complete. Field accounts act only on their own units' tasks, and
 * anything else answers 404 (a task of another unit does not exist for them).
 */
@Injectable()
export class TasksService {
  private readonly logger = new Logger(TasksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: FieldTaskRepository,
    private readonly teams: TeamRepository,
    private readonly access: FieldAccess,
    private readonly audit: AuditRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  async list(query: TaskListQueryDto, user: AuthUser): Promise<FieldTaskList> {
    const scope = await this.access.teamScope(user);
    if (scope !== null && scope.length === 0) return { items: [] };
    return { items: await this.tasks.list({ state: query.state ?? 'open', teamIds: scope, teamId: query.teamId, limit: TASK_LIST_LIMIT }) };
  }

  async create(input: CreateTaskDto, user: AuthUser, meta: RequestMeta): Promise<FieldTask> {
    if (!input.areaId && !input.placeId && !input.location) {
      throw new DomainError('invalid', 'task_where_required', 'Say where the task is: one of areaId, placeId or location is required.');
    }
    const team = await this.teams.get(input.teamId);
    if (!team) throw new DomainError('invalid', 'task_team_unknown', `teamId ${input.teamId} does not name a team.`);
    if (input.areaId && !(await this.tasks.areaExists(input.areaId))) {
      throw new DomainError('invalid', 'task_area_unknown', `areaId ${input.areaId} is not a known area; use an id from GET /api/areas.`);
    }
    if (input.placeId && (await this.teams.knownPlaceIds([input.placeId])).length === 0) {
      throw new DomainError('invalid', 'task_place_unknown', `placeId ${input.placeId} is not a known place; use an id from GET /api/places.`);
    }
    const lines: string[] = [];
    if (input.playbookRunId) {
      const fromRun = await this.tasks.playbookRunChecklist(input.playbookRunId, TASK_CHECKLIST_LANGUAGE);
      if (!fromRun) throw new DomainError('invalid', 'task_playbook_run_unknown', `playbookRunId ${input.playbookRunId} does not name a playbook run.`);
      lines.push(...fromRun);
    }
    lines.push(...(input.checklist ?? []).map((line) => line.trim()).filter(Boolean));
    if (lines.length > TASK_CHECKLIST_MAX) {
      throw new DomainError('invalid', 'task_checklist_too_long', `The checklist would have ${lines.length} lines (the playbook run's and yours); at most ${TASK_CHECKLIST_MAX} are allowed.`);
    }
    const people = input.people ?? team.headcount;
    if (people < 1) throw new DomainError('invalid', 'task_people_required', `Team ${team.name} has no members on its roster; say how many people go (people).`);
    const vehicles = input.vehicles ?? team.vehicles.length;
    const checklist: TaskChecklistItem[] = lines.map((text) => ({ id: randomUUID(), text, done: false, doneBy: null, doneAt: null }));

    const id = await this.dataSource
      .transaction(async (manager) => {
        const taskId = await this.tasks.insert(manager, {
          kind: input.kind,
          teamId: team.id,
          title: input.title.trim(),
          areaId: input.areaId ?? null,
          placeId: input.placeId ?? null,
          lat: input.location?.lat ?? null,
          lon: input.location?.lon ?? null,
          checklist,
          people,
          vehicles,
          playbookRunId: input.playbookRunId ?? null,
          vulnerableResidentId: input.vulnerableResidentId ?? null,
          hazardReportId: input.hazardReportId ?? null,
          assignedById: user.id,
          assignedByName: user.displayName,
        });
        await this.audit.append(manager, {
          ...auditActor(meta),
          action: 'field_task.created',
          entityType: 'field_task',
          entityId: taskId,
          summary: {
            after: {
              kind: input.kind,
              teamId: team.id,
              title: input.title.trim(),
              people,
              vehicles,
              checklist: checklist.length,
              playbookRunId: input.playbookRunId ?? null,
              hazardReportId: input.hazardReportId ?? null,
              vulnerableResidentId: input.vulnerableResidentId ?? null,
            },
          },
        });
        return taskId;
      })
      .catch((err: unknown) => {
        throw constraintError(err, MISSING_REFERENCES);
      });
    return this.publish(id);
  }

  /**
   * Moves a task one step. With a clientId, a resend of a transition already applied answers the task as it is
   * (`replayed`); the same clientId with another transition is a 409.
   */
  async transition(id: string, input: TaskTransitionDto, user: AuthUser, meta: RequestMeta): Promise<{ task: FieldTask; replayed: boolean }> {
    const scope = await this.access.teamScope(user);
    const replayed = await this.dataSource.transaction(async (manager) => {
      const task = await this.tasks.lock(manager, id);
      if (!task || (scope !== null && !scope.includes(task.teamId))) throw notFound(id);
      if (input.clientId) {
        const earlier = await this.tasks.transitionByClientId(manager, id, input.clientId);
        if (earlier) {
          if (earlier.to === input.to && (earlier.reason ?? null) === (input.reason?.trim() || null)) return true;
          throw new DomainError('conflict', 'task_client_id_reused', `This clientId was already used for a move to ${earlier.to}; send a new move with a new clientId.`);
        }
      }
      const reason = checkTaskTransition(task.state, input.to, input.reason);
      await this.tasks.setState(manager, id, input.to, reason, taskTransitionStamps(input.to));
      await this.tasks.insertTransition(manager, id, task.state, input.to, { id: user.id, name: user.displayName }, reason, input.clientId ?? null);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'field_task.transition',
        entityType: 'field_task',
        entityId: id,
        summary: { before: { state: task.state }, after: { state: input.to, reason }, clientId: input.clientId ?? null },
      });
      return false;
    });
    const task = replayed ? (await this.tasks.get(id))! : await this.publish(id);
    return { task, replayed };
  }

  /** Ticks or unticks one checklist line of an open task; ticking twice changes nothing. */
  async setChecklistItem(id: string, itemId: string, done: boolean, user: AuthUser, meta: RequestMeta): Promise<FieldTask> {
    const scope = await this.access.teamScope(user);
    const changed = await this.dataSource.transaction(async (manager) => {
      const task = await this.tasks.lock(manager, id);
      if (!task || (scope !== null && !scope.includes(task.teamId))) throw notFound(id);
      const item = task.checklist.find((i) => i.id === itemId);
      if (!item) throw new DomainError('not_found', 'task_checklist_item_not_found', `Task ${id} has no checklist item ${itemId}.`);
      if (isFinalTaskState(task.state)) throw new DomainError('conflict', 'task_closed', `This task is already ${task.state}; its checklist no longer changes.`);
      if (item.done === done) return false;
      const now = new Date().toISOString();
      const checklist = task.checklist.map((i) => (i.id === itemId ? { ...i, done, doneBy: done ? user.displayName : null, doneAt: done ? now : null } : i));
      await this.tasks.setChecklist(manager, id, checklist);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'field_task.checklist',
        entityType: 'field_task',
        entityId: id,
        summary: { itemId, text: item.text, before: { done: item.done }, after: { done } },
      });
      return true;
    });
    return changed ? this.publish(id) : (await this.tasks.get(id))!;
  }

  /** After commit: to the HQ and to each member's own room. The change stays stored if this fails. */
  private async publish(id: string): Promise<FieldTask> {
    const task = (await this.tasks.get(id))!;
    try {
      const members = await this.teams.memberStaffIds(task.teamId);
      await this.publisher.publish(['hq', ...members.map((m) => `user:${m}` as const)], 'ops.task', { task });
    } catch (err) {
      this.logger.warn({ err, taskId: id }, 'task change stored but not published');
    }
    return task;
  }
}
