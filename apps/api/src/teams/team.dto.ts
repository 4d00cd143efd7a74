import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  TEAM_KINDS,
  TEAM_MEMBERS_MAX,
  TEAM_NAME_MAX,
  TEAM_READINESS,
  VEHICLE_TYPES,
  type CreateTeamRequest,
  type SetReadinessRequest,
  type TeamKind,
  type TeamMemberInput,
  type TeamReadiness,
  type UpdateTeamRequest,
  type VehicleInput,
  type VehicleType,
} from '@app/contracts';
import { MEMBER_NAME_MAX, PHONE_PATTERN, PLATE_PATTERN, VEHICLE_CAPACITY_MAX } from '@app/domain';
import { FieldInput, PRINTABLE, REFERENCE_ID } from './field-input.rules.js';

export const TEAM_VEHICLES_MAX = 50;
export const TEAM_BASE_NOTE_MAX = 200;
export const READINESS_NOTE_MAX = 300;
const PHONE_MESSAGE = 'must be digits with an optional leading +, spaces, dashes or brackets (3 to 40 characters)';

export class TeamMemberDto implements TeamMemberInput {
  @FieldInput.nonEmptyText('members.name', MEMBER_NAME_MAX)
  name: string;

  @IsOptional()
  @IsString({ message: 'members.phone must be a string' })
  @Matches(PHONE_PATTERN, { message: `members.phone ${PHONE_MESSAGE}` })
  phone?: string | null;

  @IsOptional()
  @IsUUID('all', { message: 'members.staffUserId must be a staff account id (UUID)' })
  staffUserId?: string | null;

  @IsOptional()
  @IsBoolean({ message: 'members.leader must be true or false' })
  leader?: boolean;
}

export class VehicleDto implements VehicleInput {
  @IsString({ message: 'vehicles.plate must be a string' })
  @Matches(PLATE_PATTERN, { message: 'vehicles.plate must be 1 to 20 letters, digits, spaces or dashes' })
  plate: string;

  @IsIn([...VEHICLE_TYPES], { message: `vehicles.type must be one of: ${VEHICLE_TYPES.join(', ')}` })
  type: VehicleType;

  @IsInt({ message: 'vehicles.capacity must be a whole number of seats' })
  @Min(1, { message: `vehicles.capacity must be from 1 to ${VEHICLE_CAPACITY_MAX}` })
  @Max(VEHICLE_CAPACITY_MAX, { message: `vehicles.capacity must be from 1 to ${VEHICLE_CAPACITY_MAX}` })
  capacity: number;
}

/** Fields of a unit; every one optional here, CreateTeamDto requires its own. */
class TeamFieldsDto {
  @IsOptional()
  @IsIn([...TEAM_KINDS], { message: `kind must be one of: ${TEAM_KINDS.join(', ')}` })
  kind?: TeamKind;

  @IsOptional()
  @FieldInput.nonEmptyText('name', TEAM_NAME_MAX)
  name?: string;

  @IsOptional()
  @IsString({ message: 'basePlaceId must be a place id' })
  @Matches(REFERENCE_ID, { message: 'basePlaceId must be a place id such as hq-hengqin' })
  basePlaceId?: string | null;

  @IsOptional()
  @IsString({ message: 'baseNote must be a string' })
  @MinLength(1, { message: 'baseNote must not be empty (send null to clear it)' })
  @MaxLength(TEAM_BASE_NOTE_MAX, { message: `baseNote must be at most ${TEAM_BASE_NOTE_MAX} characters long` })
  @Matches(PRINTABLE, { message: 'baseNote must not contain control or text-direction characters' })
  baseNote?: string | null;

  @IsOptional()
  @IsString({ message: 'phone must be a string' })
  @Matches(PHONE_PATTERN, { message: `phone ${PHONE_MESSAGE}` })
  phone?: string | null;

  @IsOptional()
  @IsIn([...TEAM_READINESS], { message: `readiness must be one of: ${TEAM_READINESS.join(', ')}` })
  readiness?: TeamReadiness;

  @IsOptional()
  @IsArray({ message: 'members must be a list' })
  @ArrayMaxSize(TEAM_MEMBERS_MAX, { message: `members must list at most ${TEAM_MEMBERS_MAX} people` })
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  members?: TeamMemberDto[];

  @IsOptional()
  @IsArray({ message: 'vehicles must be a list' })
  @ArrayMaxSize(TEAM_VEHICLES_MAX, { message: `vehicles must list at most ${TEAM_VEHICLES_MAX} vehicles` })
  @ValidateNested({ each: true })
  @Type(() => VehicleDto)
  vehicles?: VehicleDto[];
}

export class UpdateTeamDto extends TeamFieldsDto implements UpdateTeamRequest {}

/** Required on creation: `ValidateIf(() => true)` replaces the inherited IsOptional of these three. */
export class CreateTeamDto extends TeamFieldsDto implements CreateTeamRequest {
  @ValidateIf(() => true)
  override kind: TeamKind;

  @ValidateIf(() => true)
  override name: string;

  @ValidateIf(() => true)
  override members: TeamMemberDto[];
}

export class SetReadinessDto implements SetReadinessRequest {
  @IsIn([...TEAM_READINESS], { message: `readiness must be one of: ${TEAM_READINESS.join(', ')}` })
  readiness: TeamReadiness;

  @IsOptional()
  @FieldInput.text('note', READINESS_NOTE_MAX)
  note?: string;
}

export class TeamIdParamDto {
  @IsUUID('all', { message: 'id must be a team id (UUID)' })
  id: string;
}
