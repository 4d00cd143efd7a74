import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  HAZARD_CATEGORIES,
  HAZARD_DESCRIPTION_MAX,
  HAZARD_REPORT_STATES,
  HAZARD_SEVERITIES,
  type CreateHazardReportRequest,
  type HazardCategory,
  type HazardReportState,
  type HazardReportTransitionRequest,
  type HazardSeverity,
} from '@app/contracts';
import { HAZARD_REASON_MAX } from '@app/domain';
import { LocationFixDto } from '../push/location.dto.js';
import { FieldInput } from '../teams/field-input.rules.js';

// Control characters other than line breaks and tabs, and text-direction overrides, can disguise a text on HQ screens.
const PRINTABLE_MULTILINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;

/** The `report` part of `POST /api/reports`. Only these fields: id, state, reportedBy and the like are refused by name. */
export class CreateHazardReportDto implements CreateHazardReportRequest {
  @FieldInput.clientId()
  clientId: string;

  @IsIn([...HAZARD_CATEGORIES], { message: `category must be one of: ${HAZARD_CATEGORIES.join(', ')}` })
  category: HazardCategory;

  @IsIn([...HAZARD_SEVERITIES], { message: `severity must be one of: ${HAZARD_SEVERITIES.join(', ')}` })
  severity: HazardSeverity;

  @IsString({ message: 'description must be a string' })
  @Matches(/\S/, { message: 'description must not be empty' })
  @MaxLength(HAZARD_DESCRIPTION_MAX, { message: `description must be at most ${HAZARD_DESCRIPTION_MAX} characters long` })
  @Matches(PRINTABLE_MULTILINE, { message: 'description must not contain control or text-direction characters' })
  description: string;

  @FieldInput.location(() => LocationFixDto)
  location: LocationFixDto;

  @IsOptional()
  @IsUUID('all', { message: 'taskId must be a task id (UUID)' })
  taskId?: string | null;

  @IsString({ message: 'recordedAt must be a string' })
  @IsISO8601({ strict: true }, { message: 'recordedAt must be an ISO 8601 date and time, e.g. 2026-09-07T08:15:00Z' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'recordedAt must include a time zone (Z or +08:00)' })
  recordedAt: string;
}

export class HazardReportTransitionDto implements HazardReportTransitionRequest {
  @IsIn([...HAZARD_REPORT_STATES], { message: `to must be one of: ${HAZARD_REPORT_STATES.join(', ')}` })
  to: HazardReportState;

  @IsOptional()
  @FieldInput.nonEmptyText('reason', HAZARD_REASON_MAX)
  reason?: string;

  @IsOptional()
  @IsUUID('all', { message: 'duplicateOf must be a report id (UUID)' })
  duplicateOf?: string;

  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;
}

export class HazardReportListQueryDto {
  @IsOptional()
  @IsIn([...HAZARD_REPORT_STATES], { message: `state must be one of: ${HAZARD_REPORT_STATES.join(', ')}` })
  state?: HazardReportState;

  @IsOptional()
  @IsIn([...HAZARD_CATEGORIES], { message: `category must be one of: ${HAZARD_CATEGORIES.join(', ')}` })
  category?: HazardCategory;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'open must be true or false' })
  open?: 'true' | 'false';
}

export class HazardReportIdParamDto {
  @IsUUID('all', { message: 'id must be a report id (UUID)' })
  id: string;
}

export class HazardPhotoParamsDto extends HazardReportIdParamDto {
  @IsUUID('all', { message: 'photoId must be a photo id (UUID)' })
  photoId: string;
}
