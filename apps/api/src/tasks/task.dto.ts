import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  TASK_CHECKLIST_MAX,
  TASK_KINDS,
  TASK_LIST_FILTERS,
  TASK_REASON_MAX,
  TASK_STATES,
  TASK_TITLE_MAX,
  type CreateTaskRequest,
  type TaskChecklistUpdate,
  type TaskKind,
  type TaskListFilter,
  type TaskState,
  type TaskTransitionRequest,
} from '@app/contracts';
import { LocationDto } from '../push/location.dto.js';
import { FieldInput, PRINTABLE, REFERENCE_ID } from '../teams/field-input.rules.js';

export const TASK_CHECKLIST_LINE_MAX = 200;
export const TASK_PEOPLE_MAX = 1000;
export const TASK_VEHICLES_MAX = 100;

export class CreateTaskDto implements CreateTaskRequest {
  @IsIn([...TASK_KINDS], { message: `kind must be one of: ${TASK_KINDS.join(', ')}` })
  kind: TaskKind;

  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId: string;

  @FieldInput.nonEmptyText('title', TASK_TITLE_MAX)
  title: string;

  @IsOptional()
  @IsString({ message: 'areaId must be an area id such as xiaohengqin' })
  @Matches(REFERENCE_ID, { message: 'areaId must be an area id such as xiaohengqin' })
  areaId?: string | null;

  @IsOptional()
  @IsString({ message: 'placeId must be a place id' })
  @Matches(REFERENCE_ID, { message: 'placeId must be a place id such as hq-hengqin' })
  placeId?: string | null;

  @IsOptional()
  @FieldInput.location(() => LocationDto)
  location?: LocationDto | null;

  @IsOptional()
  @IsArray({ message: 'checklist must be a list of lines' })
  @ArrayMaxSize(TASK_CHECKLIST_MAX, { message: `checklist must have at most ${TASK_CHECKLIST_MAX} lines` })
  @IsString({ each: true, message: 'each checklist line must be a string' })
  @MinLength(1, { each: true, message: 'checklist lines must not be empty' })
  @MaxLength(TASK_CHECKLIST_LINE_MAX, { each: true, message: `each checklist line must be at most ${TASK_CHECKLIST_LINE_MAX} characters long` })
  @Matches(PRINTABLE, { each: true, message: 'checklist lines must not contain control or text-direction characters' })
  checklist?: string[];

  @IsOptional()
  @IsUUID('all', { message: 'playbookRunId must be a playbook run id (UUID)' })
  playbookRunId?: string | null;

  @IsOptional()
  @IsUUID('all', { message: 'hazardReportId must be a hazard report id (UUID)' })
  hazardReportId?: string | null;

  @IsOptional()
  @IsUUID('all', { message: 'vulnerableResidentId must be a vulnerable resident id (UUID)' })
  vulnerableResidentId?: string | null;

  @IsOptional()
  @IsInt({ message: 'people must be a whole number' })
  @Min(1, { message: `people must be from 1 to ${TASK_PEOPLE_MAX}` })
  @Max(TASK_PEOPLE_MAX, { message: `people must be from 1 to ${TASK_PEOPLE_MAX}` })
  people?: number;

  @IsOptional()
  @IsInt({ message: 'vehicles must be a whole number' })
  @Min(0, { message: `vehicles must be from 0 to ${TASK_VEHICLES_MAX}` })
  @Max(TASK_VEHICLES_MAX, { message: `vehicles must be from 0 to ${TASK_VEHICLES_MAX}` })
  vehicles?: number;
}

export class TaskTransitionDto implements TaskTransitionRequest {
  @IsIn([...TASK_STATES], { message: `to must be one of: ${TASK_STATES.join(', ')}` })
  to: TaskState;

  @IsOptional()
  @FieldInput.text('reason', TASK_REASON_MAX)
  reason?: string;

  @IsOptional()
  @FieldInput.clientId()
  clientId?: string;
}

export class TaskChecklistUpdateDto implements TaskChecklistUpdate {
  @IsBoolean({ message: 'done must be true or false' })
  done: boolean;
}

export class TaskIdParamDto {
  @IsUUID('all', { message: 'id must be a task id (UUID)' })
  id: string;
}

export class TaskChecklistParamDto extends TaskIdParamDto {
  @IsString({ message: 'itemId must be a checklist item id' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'itemId must be a checklist item id' })
  itemId: string;
}

export class TaskListQueryDto {
  @IsOptional()
  @IsIn([...TASK_LIST_FILTERS], { message: `state must be one of: ${TASK_LIST_FILTERS.join(', ')}` })
  state?: TaskListFilter;

  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;
}
