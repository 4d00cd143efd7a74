import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import {
  ALERT_CATEGORIES,
  ALERT_CERTAINTIES,
  ALERT_MSG_TYPES,
  ALERT_SCOPES,
  ALERT_SEVERITIES,
  ALERT_STATES,
  ALERT_STATUSES,
  ALERT_URGENCIES,
  type AlertCategory,
  ALERT_RESPONSE_TYPES,
  type AlertCertainty,
  type AlertMsgType,
  type AlertResponseType,
  type AlertScope,
  type AlertSeverity,
  type AlertState,
  type AlertStatus,
  type AlertUrgency,
} from '@app/contracts';
import { AlertEventTextDto, AlertInfoByLanguageDto, AlertSignalRefDto, AlertTargetDto } from './alert-content-parts.dto.js';

/**
 * The content fields a composer may send. Server-owned fields (state, identifier, sender, approvals, references,
 * times of the workflow) are not declared, so the validation pipe refuses them by name, and so are unknown keys
 * inside the nested parts. Detailed checks of the content (languages, times, targets, payload size) are the domain
 * validation's job at validate and submit.
 */
export class AlertContentFieldsDto {
  @IsOptional() @IsIn([...ALERT_STATUSES]) status?: AlertStatus;
  @IsOptional() @IsIn([...ALERT_SCOPES]) scope?: AlertScope;
  @IsOptional() @IsIn([...ALERT_CATEGORIES]) category?: AlertCategory;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertEventTextDto) event?: AlertEventTextDto;
  @IsOptional() @IsString() @Length(1, 20) eventCode?: string;
  @IsOptional() @IsIn([...ALERT_URGENCIES]) urgency?: AlertUrgency;
  @IsOptional() @IsIn([...ALERT_SEVERITIES]) severity?: AlertSeverity;
  @IsOptional() @IsIn([...ALERT_CERTAINTIES]) certainty?: AlertCertainty;
  @IsOptional() @IsArray() @IsIn([...ALERT_RESPONSE_TYPES], { each: true }) responseTypes?: AlertResponseType[];
  @IsOptional() @IsString() effective?: string;
  @IsOptional() @IsString() onset?: string;
  @IsOptional() @IsString() expires?: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertInfoByLanguageDto) info?: AlertInfoByLanguageDto;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertTargetDto) target?: AlertTargetDto;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertSignalRefDto) signal?: AlertSignalRefDto | null;
}

/** `POST /api/alerts`: from a template (then any field overrides it) or with the full content. */
export class CreateAlertDto extends AlertContentFieldsDto {
  @IsOptional() @IsString() @Length(1, 100) templateId?: string;
  @IsOptional() @IsIn([...ALERT_MSG_TYPES]) msgType?: AlertMsgType;
}

/** `PATCH /api/alerts/{id}`: the version the editor read, and the fields to change. */
export class UpdateAlertDto extends AlertContentFieldsDto {
  @IsInt() @Min(1) version: number;
}

export class ListAlertsQueryDto {
  @IsOptional() @IsIn([...ALERT_STATES]) state?: AlertState;
}

export class ApproveAlertDto {
  @IsOptional() @IsString() @Length(0, 100) confirmation?: string;
}

export class RejectAlertDto {
  @IsString() reason: string;
}

export class AlertIdParamDto {
  @IsUUID() id: string;
}
