import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { RESIDENT_STATUSES, type ResidentStatus, type ResidentStatusRequest } from '@app/contracts';
import { LocationDto } from '../push/location.dto.js';
import { AREA_ID } from '../push/subscription-settings.dto.js';

export const RESIDENT_CONTACT_MAX = 100;
export const RESIDENT_MESSAGE_MAX = 500;

// Control characters (line breaks included) and text-direction overrides can disguise a text on HQ screens.
const PRINTABLE = /^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;

/** A resident's answer. Only these fields: id, receivedAt, handledBy and the like are refused by name. */
export class ResidentStatusDto implements ResidentStatusRequest {
  @IsIn([...RESIDENT_STATUSES], { message: `status must be one of: ${RESIDENT_STATUSES.join(', ')}` })
  status: ResidentStatus;

  @IsString({ message: 'clientId must be a string' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'clientId must be 8 to 64 letters, digits, - or _ (a UUID works)' })
  clientId: string;

  @IsOptional()
  @IsUUID('all', { message: 'alertId must be an alert id (UUID)' })
  alertId?: string;

  @IsOptional()
  @IsString({ message: 'areaId must be an area id such as xiaohengqin' })
  @Matches(AREA_ID, { message: 'areaId must be an area id such as xiaohengqin' })
  areaId?: string;

  @IsOptional()
  @IsObject({ message: 'location must be an object with lat and lon' })
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @IsOptional()
  @IsString({ message: 'contact must be a string' })
  @MaxLength(RESIDENT_CONTACT_MAX, { message: `contact must be at most ${RESIDENT_CONTACT_MAX} characters long` })
  @Matches(PRINTABLE, { message: 'contact must not contain control or text-direction characters' })
  contact?: string;

  @IsOptional()
  @IsString({ message: 'message must be a string' })
  @MaxLength(RESIDENT_MESSAGE_MAX, { message: `message must be at most ${RESIDENT_MESSAGE_MAX} characters long` })
  @Matches(PRINTABLE, { message: 'message must not contain control or text-direction characters' })
  message?: string;
}

export class StatusCountsQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'alertId must be an alert id (UUID)' })
  alertId?: string;
}

export class HelpRequestsQueryDto {
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'open must be true or false' })
  open?: 'true' | 'false';
}

export class HelpRequestIdParamDto {
  @IsUUID('all', { message: 'id must be a help request id (UUID)' })
  id: string;
}
