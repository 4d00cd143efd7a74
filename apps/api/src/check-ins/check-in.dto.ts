import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CHECK_IN_NOTE_MAX, CHECK_IN_STATUSES, type CheckInRequest, type CheckInStatus } from '@app/contracts';
import { LocationFixDto } from '../push/location.dto.js';
import { FieldInput } from '../teams/field-input.rules.js';

export const CHECK_IN_LIST_DEFAULT = 100;
export const CHECK_IN_LIST_MAX = 500;

export class CheckInDto implements CheckInRequest {
  @FieldInput.clientId()
  clientId: string;

  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;

  @FieldInput.location(() => LocationFixDto)
  location: LocationFixDto;

  @IsIn([...CHECK_IN_STATUSES], { message: `status must be one of: ${CHECK_IN_STATUSES.join(', ')}` })
  status: CheckInStatus;

  @IsOptional()
  @FieldInput.text('note', CHECK_IN_NOTE_MAX)
  note?: string;

  @IsISO8601({ strict: true }, { message: 'recordedAt must be an ISO 8601 date-time such as 2026-09-06T10:00:00Z' })
  recordedAt: string;
}

export class CheckInListQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be from 1 to ${CHECK_IN_LIST_MAX}` })
  @Max(CHECK_IN_LIST_MAX, { message: `limit must be from 1 to ${CHECK_IN_LIST_MAX}` })
  limit?: number;
}
